#!/usr/bin/env python3
"""Date every project: its last release and its last commit by a person, read from git.

For each repository named by a node's `links.repo`, the script reads the git directory that the
tool library's `fetch github:OWNER/NAME` leaves in /work/.mirror/OWNER+NAME/repo (override with
--mirrors) and writes graph-data/activity/repositories.yaml (or set ATLAS_MIRRORS):

  snapshot     the default branch's head in that copy (commit and date): what was read
  release      the newest release tag (by the tag's date; a version with no pre-release
               suffix, v1.2.3 or 1.2.3 unless scripts/activity-sources.json names the
               repository's own pattern), its version, date and tag page
  last_commit  the newest commit on the default branch whose author is not a bot and which does
               not merely merge a bot's pull request, with its date and commit page
  read         the day the script ran
  as_of        the newest commit date in any copy read: the copies were taken about then, so
               the status rules measure from this day rather than from `read`

How a date is taken: an annotated tag's date is the tagger's; a lightweight tag's is its commit's
committer date. A commit's date is its committer date (when it landed on the branch).
Bots: authors whose name or e-mail contains [bot], dependabot, pre-commit-ci, renovate or
github-actions, and merges whose subject names a branch from one of them.

Repositories that publish no releases on purpose, and ones that could not be read here, are
listed with a reason in scripts/activity-sources.json, as are copies known to be out of date
(`stale`, not judged); the file says so instead of guessing.

Usage: python3 scripts/extract-activity.py [--mirrors DIR] [--out FILE] [--today YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "activity-sources.json"
DEFAULT_TAG = r"^v?(\d+(?:\.\d+)+)$"
BOT = re.compile(r"\[bot\]|dependabot|pre-commit-ci|renovate|github-actions", re.I)
BOT_MERGE = re.compile(
    r"^Merge pull request #\d+ from [^/\s]*/?(dependabot|pre-commit-ci|renovate)", re.I
)
REPO_LINE = re.compile(r"^  repo: (https://github\.com/[^/\s]+/[^/\s]+)\s*$", re.M)


def git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def repositories() -> list[str]:
    found = set()
    for path in (ROOT / "graph-data" / "nodes").rglob("*.yaml"):
        found.update(REPO_LINE.findall(path.read_text(encoding="utf8")))
    return sorted(found, key=str.lower)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.split(r"[.-]", version))


def last_release(git_dir: Path, pattern: str) -> dict | None:
    rx = re.compile(pattern)
    lines = git(
        git_dir,
        "for-each-ref",
        "--format=%(refname:short)\t%(creatordate:short)",
        "refs/tags",
    ).splitlines()
    best = None
    for line in lines:
        tag, date = line.split("\t")
        m = rx.match(tag)
        if not m:
            continue
        version = m.group(1).replace("-", ".") if "-" in m.group(1) else m.group(1)
        key = (date, version_key(m.group(1)))
        if best is None or key > best[0]:
            best = (key, tag, version, date)
    if best is None:
        return None
    _, tag, version, date = best
    return {"version": version, "tag": tag, "date": date}


def last_human_commit(git_dir: Path) -> dict | None:
    out = git(git_dir, "log", "HEAD", "--format=%H%x09%cs%x09%an%x09%ae%x09%s", "-n", "400")
    for line in out.splitlines():
        sha, date, name, email, subject = line.split("\t", 4)
        if BOT.search(name) or BOT.search(email) or BOT_MERGE.search(subject):
            continue
        return {"commit": sha, "date": date}
    return None


def quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", default=os.environ.get("ATLAS_MIRRORS", "/work/.mirror"))
    parser.add_argument("--out", default=str(ROOT / "graph-data" / "activity" / "repositories.yaml"))
    parser.add_argument("--today", default=dt.date.today().isoformat())
    parser.add_argument(
        "--repo", action="append", help="read only this repository (repeatable; for tests)"
    )
    args = parser.parse_args()
    config = json.loads(SOURCES.read_text(encoding="utf8"))
    patterns = config.get("tag_patterns", {})
    no_releases = config.get("no_releases", {})
    unread = config.get("unread", {})
    stale = config.get("stale", {})
    copies = config.get("copies", {})

    out = [
        "# yaml-language-server: $schema=../schema/activity.schema.json",
        "# Generated by `npm run extract:activity` (scripts/extract-activity.py); do not edit by hand.",
        "# Reasons for repositories without releases or not read: scripts/activity-sources.json.",
        f"read: {args.today}",
        "as_of: AS_OF",
        "repositories:",
    ]
    missing = []
    newest = "0000-00-00"
    repos = args.repo or repositories()
    for repo in repos:
        owner, name = repo.removeprefix("https://github.com/").split("/")
        git_dir = Path(args.mirrors) / copies.get(repo, f"{owner}+{name}") / "repo"
        out.append(f"  - repo: {repo}")
        if repo in unread:
            out.append(f"    unread: {quote(unread[repo])}")
            continue
        if not git_dir.is_dir():
            missing.append(repo)
            out.append(f"    unread: {quote('no copy was fetched; run the fetch tool for it and extract again')}")
            continue
        head = git(git_dir, "log", "-1", "--format=%H%x09%cs", "HEAD").strip().split("\t")
        out.append(f"    snapshot: {{ commit: {head[0]}, date: {head[1]} }}")
        if repo in stale:
            out.append(f"    stale: {quote(stale[repo])}")
        else:
            newest = max(newest, head[1])
        if repo in no_releases:
            out.append(f"    no_releases: {quote(no_releases[repo])}")
        else:
            release = last_release(git_dir, patterns.get(repo, DEFAULT_TAG))
            if release:
                out.append(
                    f"    release: {{ version: {quote(release['version'])}, tag: {quote(release['tag'])}, date: {release['date']}, "
                    f"url: {repo}/releases/tag/{release['tag']} }}"
                )
            else:
                out.append(f"    no_releases: {quote('no release tag in the repository')}")
        commit = last_human_commit(git_dir)
        if commit:
            out.append(
                f"    last_commit: {{ date: {commit['date']}, url: {repo}/commit/{commit['commit']} }}"
            )
    out = [line.replace("AS_OF", newest) for line in out]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf8")
    print(f"wrote {args.out}: {len(repos)} repositories")
    for repo in missing:
        print(f"  not fetched: {repo}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
