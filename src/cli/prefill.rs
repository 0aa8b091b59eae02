//! Where to sign in and as whom, from flags (`--region`, `--endpoint`, …): every command that
//! talks to a pool takes them. Its own file so that the commands' flag files (args.rs,
//! self_service_args.rs) share it without using each other.

use clap::Args;

use crate::profiles::Profile;
use crate::settings::Settings;
use crate::signin::{Connection, SignInForm, Target};

/// Where to sign in, and as whom. Never a secret: flags show up in process lists and shell
/// history.
#[derive(Debug, Default, Clone, Args)]
pub struct Prefill {
    /// AWS region of the user pool, e.g. eu-west-1.
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    /// Custom endpoint URL instead of the regional one (http:// only for 127.0.0.1/localhost).
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// User pool ID; its prefix gives the region.
    #[arg(long, value_name = "ID")]
    pub pool_id: Option<String>,
    /// App client ID.
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Username (or the e-mail or phone alias the pool accepts).
    #[arg(long, value_name = "U")]
    pub username: Option<String>,
    /// Proxy for every request, e.g. http://proxy.example.com:3128, without credentials
    /// (default: the system's, HTTPS_PROXY and NO_PROXY, which may carry them).
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
}

impl Prefill {
    /// `target` with the flags given laid over it: a flag wins, a flag not given leaves the
    /// value as it was.
    pub fn over(&self, mut target: Target) -> Target {
        let pairs = [
            (&self.region, &mut target.region),
            (&self.endpoint, &mut target.endpoint),
            (&self.pool_id, &mut target.pool_id),
            (&self.client_id, &mut target.client_id),
            (&self.username, &mut target.username),
        ];
        for (flag, field) in pairs {
            if let Some(value) = flag {
                field.clone_from(value);
            }
        }
        target
    }

    /// A form with where and as whom filled in: the flags given, else the profile's values.
    /// The flow is the caller's to choose (its flags come first), and the proxy only ever
    /// comes from the flag, as a profile carries none; the rest as `base` has it.
    pub fn form(&self, profile: Option<&Profile>, base: SignInForm) -> SignInForm {
        let saved = profile.map(|p| p.target.clone()).unwrap_or_default();
        SignInForm {
            target: Target {
                flow: base.target.flow,
                ..self.over(saved)
            },
            connection: Connection {
                proxy: self.proxy.clone().unwrap_or_default(),
                ..base.connection
            },
            ..base
        }
    }

    /// Lays the given flags over saved settings: a shortcut's flags win.
    pub fn apply(&self, settings: &mut Settings) {
        settings.target = self.over(std::mem::take(&mut settings.target));
        if let Some(proxy) = &self.proxy {
            settings.connection.proxy.clone_from(proxy);
        }
    }
}
