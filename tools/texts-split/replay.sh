#!/usr/bin/env bash
# Re-applies the texts split on top of a new base: the script (as one commit), its output (one commit), then the
# commits made by hand, cherry-picked in order. Stops at the first conflict: resolve, `git cherry-pick --continue`,
# then cherry-pick the rest (listed in .git/texts-split-pending).
# Usage, from the repository root on the branch to rebuild: bash tools/texts-split/replay.sh NEW_BASE
set -euo pipefail
base=$1
old=$(git rev-parse HEAD)
mechanical_subject="Split BotTexts into text classes per feature folder, reached as texts.Folder.Member"
mechanical=$(git log --format=%H --grep="^$mechanical_subject" -n 1 "$old")
first_script=$(git log --reverse --format=%H "$mechanical" -- tools/texts-split | head -n 1)
# The script commits since the old base are the ones that only touch tools/texts-split before the mechanical one;
# every later commit is a hand commit (a later script change is picked up by the squashed script commit).
old_base=$(git rev-parse "$first_script^")
hand=()
for c in $(git rev-list --reverse "$mechanical..$old"); do
  if [ -n "$(git diff-tree --no-commit-id --name-only -r "$c" | grep -v '^tools/texts-split/' || true)" ]; then
    hand+=("$c")
  fi
done
git reset -q --hard "$base"
git checkout "$old" -- tools/texts-split
git commit -q -m "$(git log -1 --format=%B "$first_script")"
python3 tools/texts-split/split.py --prune | tail -n 3
git add -A src tests
git commit -q -m "$(git log -1 --format=%B "$mechanical")"
printf '%s\n' "${hand[@]}" > "$(git rev-parse --git-dir)/texts-split-pending"
echo "old head: $old (base was $old_base)"
for c in "${hand[@]}"; do
  if git cherry-pick "$c" > /dev/null 2>&1; then
    echo "picked $(git log -1 --format=%s "$c")"
    sed -i "1d" "$(git rev-parse --git-dir)/texts-split-pending"
  else
    echo "CONFLICT in $c: $(git log -1 --format=%s "$c")"
    git status --short | grep -E '^(UU|AA|DU|UD|AU|UA) ' || true
    exit 1
  fi
done
