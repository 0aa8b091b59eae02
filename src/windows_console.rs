//! Windows only. The binary is a GUI program (`windows_subsystem = "windows"`), so a tester who
//! double-clicks it sees no black console window. The price is that a command typed in a terminal
//! has nowhere to print: Windows gives a GUI program no console. Attaching to the console of the
//! terminal that started us gives the subcommands their output and prompts back. Started from
//! Explorer or the Start menu there is no parent console, the call fails, and nothing changes.
//!
//! Hand-written because it is one call into kernel32; a crate for it would be heavier than this.

#![allow(unsafe_code)]

const ATTACH_PARENT_PROCESS: u32 = u32::MAX;

#[link(name = "kernel32")]
unsafe extern "system" {
    fn AttachConsole(process_id: u32) -> i32;
}

/// Attaches to the parent's console when there is one; a failure means there is none.
pub fn attach_parent_console() {
    // SAFETY: AttachConsole takes a plain integer, touches no memory of ours and only changes
    // which console this process writes to.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
