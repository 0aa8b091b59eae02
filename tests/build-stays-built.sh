#!/usr/bin/env bash
# A second `cargo build` with nothing changed must not rebuild the app, whatever the checkout
# looks like. Cargo reruns a build script whose watched file is missing, and build.rs once
# watched .git/packed-refs, which most checkouts lack: every `cargo run --release` then relinked
# the app with fat LTO for minutes. Checked in each layout a person builds from:
#   archive     `git archive` of the tree: no .git at all (a release page's source download)
#   unpacked    a clone whose refs were never packed (no packed-refs), like a `git init` repo
#   packed      a clone after `git pack-refs --all`: the branch lives only in packed-refs
#   worktree    a linked worktree (.git is a file naming the real git folder)
# In each, `--version` must name the tree's commit ("unknown" without .git), and in the unpacked
# clone a new commit must still rebuild and show there.
#
# usage: bash tests/build-stays-built.sh   (after `cargo build`)
#
# The trees share target/ (CARGO_TARGET_DIR), so each compiles only this crate. Cargo gives a
# path package the same artifact names in every tree (its hash uses the path relative to the
# workspace), so each tree is made just before it is built, with fresh file times (tar -m):
# cargo then sees it as changed since the last tree's build and compiles it, and only the
# second build says whether the tree stays built. The last build here leaves
# target/debug/cognito-login made from a copy of the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_TARGET_DIR="$root/target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git_as_test() { git -C "$1" -c user.name=test -c user.email=test@example.com "${@:2}"; }

# What is checked out now, uncommitted edits to tracked files included (none in CI).
snapshot=$(git stash create)
snapshot=${snapshot:-HEAD}
unpack() { mkdir -p "$1" && git archive --format=tar "$snapshot" | tar -x -m -C "$1"; }

# A clone with the same files as a commit of its own.
clone() {
  git clone --quiet --no-hardlinks "$root" "$1"
  unpack "$1"
  git_as_test "$1" commit --quiet --allow-empty -a -m "the tree under test"
}

checks=0
failures=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}
build() { (cd "$1" && cargo build --locked -v 2>&1); }
app_version() { "$CARGO_TARGET_DIR/debug/cognito-login" --version; }

# The first build compiles this crate; the second must find every unit of it Fresh.
stays_built() {
  local name=$1 tree=$2 second
  checks=$((checks + 1))
  build "$tree" >"$work/$name-first.log" || { cat "$work/$name-first.log"; exit 1; }
  second=$(build "$tree") || { echo "$second"; exit 1; }
  if echo "$second" | grep -q "Compiling cognito-login\|Dirty cognito-login" ||
    ! echo "$second" | grep -q "Fresh cognito-login"; then
    fail "$name: the second build with nothing changed rebuilt the app:"
    echo "$second" | grep -i "cognito-login" | sed 's/^/    /'
  else
    echo "ok   $name: the second build compiled nothing"
  fi
}

# --version names the commit the binary was built from.
names_commit() {
  local name=$1 expected=$2
  checks=$((checks + 1))
  if app_version | grep -qF "(commit $expected)"; then
    echo "ok   $name: --version names commit $expected"
  else
    fail "$name: --version says '$(app_version)', not commit $expected"
  fi
}
head_of() { git -C "$1" rev-parse --short=12 HEAD; }

unpack "$work/archive"
stays_built archive "$work/archive"
names_commit archive unknown

clone "$work/unpacked"
rm -f "$work/unpacked/.git/packed-refs"
stays_built unpacked "$work/unpacked"
names_commit unpacked "$(head_of "$work/unpacked")"
git_as_test "$work/unpacked" commit --quiet --allow-empty -m "a new commit"
build "$work/unpacked" >"$work/after-commit.log"
names_commit "unpacked, after a new commit" "$(head_of "$work/unpacked")"

clone "$work/packed"
git -C "$work/packed" pack-refs --all
branch=$(git -C "$work/packed" symbolic-ref HEAD)
[ ! -e "$work/packed/.git/$branch" ] && grep -q " $branch\$" "$work/packed/.git/packed-refs"
stays_built packed "$work/packed"
names_commit packed "$(head_of "$work/packed")"

git -C "$work/packed" worktree add --quiet -b worktree "$work/worktree" 2>/dev/null
[ -f "$work/worktree/.git" ]
git_as_test "$work/worktree" commit --quiet --allow-empty -m "a commit in the worktree"
stays_built worktree "$work/worktree"
names_commit worktree "$(head_of "$work/worktree")"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
