#!/usr/bin/env python3
"""Extract the configurable traits of JupyterHub and its plugins into graph-data/settings/.

Why Python's own `ast`: the sources are Python, and `ast` parses every form traitlets code
takes (decorators, chained `.tag()`, nested trait types) exactly as CPython does, with line
numbers, without importing the packages (most of them cannot be installed here) and without a
dependency. The script reads the sources straight out of git directories at pinned commits
(`git show <commit>:<path>`), so no work tree and no upstream file ever enters this repository.

Usage:
  python3 scripts/extract-config.py [--mirrors DIR] [--out DIR]
  python3 scripts/extract-config.py --module FILE.py   # print one module's traits as JSON

What it writes (all generated; hand-written summaries live in graph-data/settings/summaries.yaml):
  graph-data/settings/<project>.yaml     classes and their settings, one file per project
  graph-data/settings/jupyterhub-history.yaml   which settings JupyterHub 3.0.0 had, and the
                                          release whose sources first lack the ones gone since

Upstream help strings are not copied: only names, types, defaults, allowed values, lines and
the fact of a deprecation (with the version and replacement named in it) are kept.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "settings-sources.json"

# Trait types whose default, when none is given, is fixed by traitlets itself.
TYPE_DEFAULTS = {
    "Unicode": "''",
    "CUnicode": "''",
    "Bytes": "b''",
    "Integer": "0",
    "Int": "0",
    "CInt": "0",
    "Float": "0.0",
    "CFloat": "0.0",
    "Bool": "False",
    "CBool": "False",
    "List": "[]",
    "Set": "set()",
    "Tuple": "()",
    "Dict": "{}",
    "Any": "None",
    "Command": "[]",
}
# Container types whose first positional argument may be the element trait instead of a default.
CONTAINERS = {"List", "Set", "Tuple", "Dict"}
ENUMS = {"Enum", "CaselessStrEnum"}

VERSION = r"(\d+\.\d+(?:\.\d+)?(?:[ab]\d+)?)"
SINCE_RE = re.compile(
    r"(?:deprecated|removed)(?:[^.\n]{0,40}?)\b(?:since|in|as of|from)\s+"
    r"(?:version\s+|JupyterHub\s+|v)?" + VERSION,
    re.IGNORECASE,
)
SPHINX_DEPRECATED_RE = re.compile(r"\.\. deprecated::\s*" + VERSION)
BY_RE = re.compile(
    r"(?:use|in favou?r of|replaced by|superseded by|renamed to)\s+(?::[\w:]+:)?[`'\"]*(?:c\.)?"
    r"([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)",
    re.IGNORECASE,
)


def name_of(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ast.unparse(func)


def constant_arithmetic(node: ast.expr):
    """The value of arithmetic on numbers only (`30 * 60`, `-1`, `2**30`); else ValueError."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = constant_arithmetic(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Pow, ast.FloorDiv)):
        left, right = constant_arithmetic(node.left), constant_arithmetic(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > 64:
            raise ValueError("too large")
        ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
               ast.Pow: lambda a, b: a**b, ast.FloorDiv: lambda a, b: a // b}
        return ops[type(node.op)](left, right)
    raise ValueError("not constant arithmetic")


def literal_text(node: ast.expr) -> str | None:
    """`node` printed as Python's repr would print its value, when it is a literal (arithmetic
    on numbers, such as `30 * 60`, is worked out)."""
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        try:
            value = constant_arithmetic(node)
        except (ValueError, ZeroDivisionError, KeyError):
            return None
    return repr(value)


def const_str(node: ast.expr | None) -> str:
    """The text of a string expression: a literal, an f-string's constant parts, dedent(...)."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(const_str(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return const_str(node.left) + const_str(node.right)
    if isinstance(node, ast.Call):
        parts = [const_str(a) for a in node.args]
        if isinstance(node.func, ast.Attribute):  # "...".format(...), "...".strip()
            parts.insert(0, const_str(node.func.value))
        return "".join(parts)
    return ""


def is_trait_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and name_of(node.func)[:1].isupper()


def unwrap(value: ast.expr) -> tuple[ast.Call, dict[str, ast.expr]] | None:
    """The trait constructor under any `.tag(...)` calls, and the tags' keywords."""
    tags: dict[str, ast.expr] = {}
    node = value
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tag"
    ):
        for kw in node.keywords:
            if kw.arg:
                tags[kw.arg] = kw.value
        node = node.func.value
    if not is_trait_call(node):
        return None
    return node, tags  # type: ignore[return-value]


def type_text(call: ast.Call) -> str:
    """`List(Unicode)`, `Union(Unicode, Callable)`, `Dict`, `Type(Spawner)` …"""
    base = name_of(call.func)
    kwargs = {kw.arg: kw.value for kw in call.keywords if kw.arg}
    inner: list[str] = []
    if base == "Union" and call.args and isinstance(call.args[0], (ast.List, ast.Tuple)):
        inner = [type_text(e) if is_trait_call(e) else ast.unparse(e) for e in call.args[0].elts]
    elif base in CONTAINERS:
        element = kwargs.get("trait") or kwargs.get("value_trait")
        if element is None and call.args and is_trait_call(call.args[0]):
            element = call.args[0]
        if base == "Tuple" and call.args and all(is_trait_call(a) for a in call.args):
            inner = [type_text(a) for a in call.args]  # type: ignore[arg-type]
        elif element is not None and is_trait_call(element):
            inner = [type_text(element)]  # type: ignore[arg-type]
    elif base in ("Type", "Instance"):
        klass = kwargs.get("klass")
        if klass is None and base == "Instance" and call.args:
            klass = call.args[0]
        if klass is not None:
            inner = [const_str(klass) or ast.unparse(klass)]
    return f"{base}({', '.join(inner)})" if inner else base


def default_of(call: ast.Call) -> tuple[str | None, str]:
    """(printed default, how it was found: literal | expression | type | none)."""
    base = name_of(call.func)
    kwargs = {kw.arg: kw.value for kw in call.keywords if kw.arg}
    node: ast.expr | None = kwargs.get("default_value")
    if node is None:
        args = list(call.args)
        if base in ENUMS:
            args = args[1:]  # the first argument is the allowed values
        elif base == "Union":
            args = []
        elif base in CONTAINERS and args and is_trait_call(args[0]):
            args = [] if base == "Tuple" else args[1:]
        elif base == "Instance":
            args = []
        node = args[0] if args else None
    if node is None:
        if base == "Instance":
            return None, "none"
        if base in TYPE_DEFAULTS:
            return TYPE_DEFAULTS[base], "type"
        if base == "Union" and call.args and isinstance(call.args[0], (ast.List, ast.Tuple)):
            first = call.args[0].elts[0] if call.args[0].elts else None
            if isinstance(first, ast.Call):
                text, how = default_of(first)
                return text, how if how != "type" else "type"
        return None, "none"
    text = literal_text(node)
    if text is not None:
        return text, "literal"
    return ast.unparse(node), "expression"


def allowed_values(call: ast.Call) -> list[str] | None:
    base = name_of(call.func)
    kwargs = {kw.arg: kw.value for kw in call.keywords if kw.arg}
    node = kwargs.get("values") or (call.args[0] if call.args else None)
    if base in ENUMS and node is not None:
        try:
            values = ast.literal_eval(node)
        except (ValueError, TypeError, SyntaxError):
            return [ast.unparse(node)]
        return [repr(v) for v in values]
    return None


# A deprecation is stated, not merely mentioned: "DEPRECATED", ".. deprecated::", "is deprecated".
STATED_RE = re.compile(
    r"\bDEPRECATED\b(?! *\?)|\.\. deprecated::|^\s*\[?Deprecated\b|\b(?:is|are|has been|was) deprecated\b",
    re.MULTILINE,
)
PENDING_RE = re.compile(r"PENDING DEPRECATION", re.IGNORECASE)


def deprecation(texts: list[str]) -> dict[str, str] | None:
    """A deprecation stated in help text or in a warning an observer logs: its version and
    replacement when the text names them (the replacement is checked against the class later)."""
    for text in texts:
        if PENDING_RE.search(text) or not STATED_RE.search(text):
            continue
        found: dict[str, str] = {}
        m = SPHINX_DEPRECATED_RE.search(text) or SINCE_RE.search(text)
        if m:
            found["since"] = m.group(1)
        start = STATED_RE.search(text).start()  # type: ignore[union-attr]
        b = BY_RE.search(text[start:])
        if b:
            found["by"] = b.group(1)
        return found
    return None


def warnings_in(fn: ast.AST) -> list[str]:
    """The texts of calls in `fn` (log.warning(...), warnings.warn(...)), not its docstring."""
    texts = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            texts.append(" ".join(const_str(a) for a in node.args))
    return texts


def decorator_names(fn: ast.FunctionDef | ast.AsyncFunctionDef, decorator: str) -> list[str]:
    names: list[str] = []
    for dec in fn.decorator_list:
        if isinstance(dec, ast.Call) and name_of(dec.func) == decorator:
            names += [a.value for a in dec.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return names


def extract_module(text: str, wanted: set[str] | None = None) -> dict[str, dict]:
    """Class name → {line, bases, settings: [...], overrides: [...]} for the classes in `text`."""
    tree = ast.parse(text)
    classes: dict[str, dict] = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or (wanted is not None and cls.name not in wanted):
            continue
        settings: list[dict] = []
        computed: dict[str, int] = {}
        observed_deprecations: dict[str, dict[str, str]] = {}
        assigned: dict[str, int] = {}
        for item in cls.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for trait in decorator_names(item, "default"):
                    computed[trait] = item.lineno
                old = re.fullmatch(r"_(\w+)_default", item.name)
                if old and not item.decorator_list:
                    computed.setdefault(old.group(1), item.lineno)
                for trait in decorator_names(item, "observe"):
                    found = deprecation(warnings_in(item))
                    if found is not None:
                        observed_deprecations[trait] = found
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(item, ast.Assign):
                targets, value = item.targets, item.value
            elif isinstance(item, ast.AnnAssign) and item.value is not None:
                targets, value = [item.target], item.value
            for target in targets:
                if isinstance(target, ast.Name):
                    assigned[target.id] = item.lineno
            if value is None or len(targets) != 1 or not isinstance(targets[0], ast.Name):
                continue
            found = unwrap(value)
            if found is None:
                continue
            call, tags = found
            kwargs = {kw.arg: kw.value for kw in call.keywords if kw.arg}
            config = tags.get("config", kwargs.get("config"))
            if not (isinstance(config, ast.Constant) and config.value is True):
                continue
            name = targets[0].id
            default, how = default_of(call)
            setting: dict = {"name": name, "type": type_text(call), "line": item.lineno}
            if default is not None:
                setting["default"] = default
            setting["defaultFrom"] = how
            values = allowed_values(call)
            if values is not None:
                setting["values"] = values
            help_text = const_str(kwargs.get("help") or tags.get("help"))
            dep = deprecation([help_text])
            if dep is not None:
                setting["deprecated"] = dep
            settings.append(setting)
        names = {s["name"] for s in settings}
        for setting in settings:
            by = setting.get("deprecated", {}).get("by")
            if by is not None and not (("." in by and by[:1].isupper()) or "_" in by or by in names):
                del setting["deprecated"]["by"]  # prose ("use custom scopes"), not a setting
            name = setting["name"]
            if name in computed:
                setting["computed"] = computed[name]
                setting["defaultFrom"] = "computed"
                setting.pop("default", None)
            if name in observed_deprecations and "deprecated" not in setting:
                setting["deprecated"] = observed_deprecations[name]
        overrides = [
            {"name": trait, "computed": line}
            for trait, line in sorted(computed.items(), key=lambda kv: kv[1])
            if trait not in names
        ]
        classes[cls.name] = {
            "line": cls.lineno,
            "bases": [ast.unparse(b) for b in cls.bases],
            "settings": settings,
            "overrides": overrides,
            # Plain class attributes that replace an inherited trait's default (e.g. `cmd = [...]`).
            "assigned": assigned,
        }
    return classes


# ---- writing YAML (block style; every scalar as a JSON string, which YAML reads the same) ----


def scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-/:#@]*", text) and text.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", ".inf", ".nan"):
        return text
    return json.dumps(text, ensure_ascii=False)


def emit(value, indent: int = 0) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines += emit(item, indent + 2)
            elif isinstance(item, (dict, list)):
                lines.append(f"{pad}{key}: {'{}' if isinstance(item, dict) else '[]'}")
            else:
                lines.append(f"{pad}{key}: {scalar(item)}")
    elif isinstance(value, list):
        if value and all(not isinstance(v, (dict, list)) for v in value):
            lines.append(f"{pad}[{', '.join(scalar(v) for v in value)}]")
            return lines
        for item in value:
            sub = emit(item, indent + 2)
            if sub:
                sub[0] = f"{pad}- {sub[0].lstrip()}"
            lines += sub
    return lines


def emit_doc(header: str, value: dict) -> str:
    out = emit(value)
    # Inline lists print on their own line after "key:"; join them back.
    joined: list[str] = []
    for line in out:
        if line.lstrip().startswith("[") and joined and joined[-1].endswith(":"):
            joined[-1] += " " + line.lstrip()
        else:
            joined.append(line)
    return header + "\n".join(joined) + "\n"


# ---- driving it over the pinned sources ----


def git_show(gitdir: Path, commit: str, path: str) -> str | None:
    result = subprocess.run(
        ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"],
        capture_output=True,
        text=True,
    )
    return result.stdout if result.returncode == 0 else None


def gitdir_of(mirrors: Path, repo_url: str) -> Path:
    owner, name = repo_url.rstrip("/").split("/")[-2:]
    return mirrors / f"{owner}+{name}" / "repo"


def project_data(project: dict, mirrors: Path) -> dict:
    gitdir = gitdir_of(mirrors, project["repo"])
    if not gitdir.exists():
        sys.exit(f"extract-config: {gitdir} is missing; fetch {project['repo']} first")
    commit = project["commit"]
    classes_out = []
    for file in project["files"]:
        text = git_show(gitdir, commit, file["path"])
        if text is None:
            sys.exit(f"extract-config: {project['repo']}@{commit}:{file['path']} does not exist")
        found = extract_module(text, set(file["classes"]))
        for cls_name, meta in file["classes"].items():
            if cls_name not in found:
                sys.exit(f"extract-config: class {cls_name} not found in {file['path']}")
            cls = found[cls_name]
            entry: dict = {
                "id": cls_name,
                "import": meta["import"],
                "node": meta["node"],
                "path": file["path"],
                "line": cls["line"],
                "bases": cls["bases"],
            }
            if "docs" in file:
                entry["docs"] = file["docs"]
            if cls["overrides"]:
                entry["overrides"] = cls["overrides"]
            entry["settings"] = cls["settings"]
            classes_out.append(entry)
    return {
        "project": project["id"],
        "repo": project["repo"],
        "commit": commit,
        "version": project["version"],
        "docs": project["docs"],
        "classes": classes_out,
    }


def history(project: dict, mirrors: Path, history_cfg: dict) -> dict:
    """JupyterHub's settings at an older release, and where each one missing now went."""
    gitdir = gitdir_of(mirrors, project["repo"])
    old = history_cfg["version"]
    now: dict[str, set[str]] = {}
    for file in project["files"]:
        found = extract_module(git_show(gitdir, project["commit"], file["path"]) or "", set(file["classes"]))
        for cls_name, cls in found.items():
            now[cls_name] = {s["name"] for s in cls["settings"]}
    # The same files and classes as now; a file or class the old release lacks is recorded absent.
    at_old: dict[str, list[str]] = {}
    absent: list[str] = []
    path_of: dict[str, str] = {}
    for file in project["files"]:
        text = git_show(gitdir, old, file["path"])
        found = extract_module(text, set(file["classes"])) if text is not None else {}
        for cls_name in file["classes"]:
            path_of[cls_name] = file["path"]
            if cls_name in found:
                at_old[cls_name] = sorted(s["name"] for s in found[cls_name]["settings"])
            else:
                absent.append(cls_name)
    # All settings a class had, with ancestors', as traitlets would report them.
    gone = []
    releases = history_cfg["releases"]
    for cls_name, names in at_old.items():
        for name in names:
            if name in now.get(cls_name, set()):
                continue
            removed_in = None
            for release in releases:
                path = path_of[cls_name]
                text = git_show(gitdir, release, path)
                if text is None:
                    continue
                classes = extract_module(text, {cls_name})
                if name not in {s["name"] for s in classes.get(cls_name, {}).get("settings", [])}:
                    removed_in = (release, path)
                    break
            if removed_in is None:
                sys.exit(f"extract-config: {cls_name}.{name} is gone now but in every release listed")
            gone.append(
                {
                    "setting": f"{cls_name}.{name}",
                    "removedIn": removed_in[0],
                    "source": f"{project['repo']}/blob/{removed_in[0]}/{removed_in[1]}",
                    "changelog": history_cfg["changelog"],
                }
            )
    return {
        "project": project["id"],
        "version": old,
        "source": f"{project['repo']}/tree/{old}",
        "classes": [{"id": c, "settings": names} for c, names in at_old.items()],
        "absent": absent,
        "removed": gone,
    }


# ---- the Zero to JupyterHub chart: which values.yaml key sets which setting ----


def camel_case(name: str) -> str:
    """The chart's own rule (camelCaseify in its jupyterhub_config.py): snake_case → camelCase."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def c_target(node: ast.expr) -> str | None:
    """`c.KubeSpawner.image` → "KubeSpawner.image"; `c.X.y.append` → "X.y"."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.insert(0, node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id == "c" and len(parts) >= 2 and parts[0][:1].isupper():
        return f"{parts[0]}.{parts[1]}"
    return None


def config_keys(node: ast.AST, variables: dict[str, set[str]]) -> set[str]:
    """The chart keys an expression reads: get_config("k") calls and variables set from them."""
    keys: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and name_of(sub.func) == "get_config" and sub.args:
            key = sub.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                keys.add(key.value)
        elif isinstance(sub, ast.Name) and sub.id in variables:
            keys |= variables[sub.id]
    return keys


def extract_chart(text: str) -> list[dict]:
    """Every (key, setting, line, how) the chart's hub config maps, in source order."""
    tree = ast.parse(text)
    found: list[dict] = []
    variables: dict[str, set[str]] = {}

    def add(key: str, setting: str, line: int, how: str) -> None:
        if not key.startswith(("Chart.", "Release.")):
            found.append({"key": key, "setting": setting, "line": line, "how": how})

    def visit(stmts: list[ast.stmt], conditions: set[str]) -> None:
        for stmt in stmts:
            if isinstance(stmt, ast.For) and isinstance(stmt.iter, ast.Tuple):
                # for trait, cfg_key in ((trait, key or None), ...): set_config_if_not_none(c.X, trait, "prefix." + cfg_key)
                call = next((n for n in ast.walk(stmt) if isinstance(n, ast.Call) and name_of(n.func) == "set_config_if_not_none"), None)
                if call is not None and len(call.args) == 3:
                    target = c_target(ast.Attribute(value=call.args[0], attr="_", ctx=ast.Load()))
                    prefix = const_str(call.args[2])
                    for row in stmt.iter.elts:
                        if isinstance(row, ast.Tuple) and len(row.elts) == 2:
                            trait = ast.literal_eval(row.elts[0])
                            key = ast.literal_eval(row.elts[1]) or camel_case(trait)
                            if target:
                                add(prefix + key, f"{target.split('.')[0]}.{trait}", row.lineno, "copied")
                    continue
            if isinstance(stmt, ast.If):
                visit(stmt.body, conditions | config_keys(stmt.test, variables))
                visit(stmt.orelse, conditions | config_keys(stmt.test, variables))
                continue
            if isinstance(stmt, (ast.For, ast.With, ast.Try)):
                visit(getattr(stmt, "body", []), conditions)
                continue
            if isinstance(stmt, ast.Assign):
                keys = config_keys(stmt.value, variables)
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        variables[target.id] = keys | variables.get(target.id, set()) if target.id in {n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)} else keys
                    setting = c_target(target)
                    if setting:
                        for key in sorted(keys):
                            add(key, setting, stmt.lineno, "read")
                        for key in sorted(conditions - keys):
                            add(key, setting, stmt.lineno, "when")
                continue
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                call = stmt.value
                if name_of(call.func) == "set_config_if_not_none" and len(call.args) == 3:
                    target = c_target(ast.Attribute(value=call.args[0], attr="_", ctx=ast.Load()))
                    trait, key = const_str(call.args[1]), const_str(call.args[2])
                    if target and trait and key:
                        add(key, f"{target.split('.')[0]}.{trait}", stmt.lineno, "copied")
                    continue
                # cull_cmd.append(f"--timeout={cull_timeout}") under `if get_config("cull.…")`
                option = next((const_str(a) for a in call.args if const_str(a).startswith("--")), "")
                if option and isinstance(call.func, ast.Attribute) and call.func.attr == "append":
                    name = option[2:].split("=")[0].replace("-", "_")
                    for key in sorted(config_keys(call, variables) | conditions):
                        if key != "cull.enabled":
                            add(key, f"IdleCuller.{name}", stmt.lineno, "culler")
                    continue
                setting = c_target(call.func)
                if setting and isinstance(call.func, ast.Attribute):
                    for key in sorted(conditions | config_keys(call, variables)):
                        add(key, setting, stmt.lineno, "when")

    visit(tree.body, set())
    return found


CHART_NOTES = {
    "copied": "the value is copied over as it is, when set",
    "read": "the value is read into the setting",
    "when": "decides whether the chart sets it",
    "culler": "passed to the idle culler service as a command-line option",
}


def chart_keys(chart: dict, mirrors: Path) -> dict:
    gitdir = gitdir_of(mirrors, chart["repo"])
    text = git_show(gitdir, chart["commit"], chart["path"])
    if text is None:
        sys.exit(f"extract-config: {chart['repo']}@{chart['commit']}:{chart['path']} does not exist")
    keys = []
    seen = set()
    for row in extract_chart(text):
        if (row["key"], row["setting"]) in seen:
            continue
        seen.add((row["key"], row["setting"]))
        keys.append(
            {
                "key": row["key"],
                "setting": row["setting"],
                "note": CHART_NOTES[row["how"]],
                "source": f"{chart['repo']}/blob/{chart['commit']}/{chart['path']}#L{row['line']}",
            }
        )
    passthrough = {
        "prefix": chart["passthrough"]["prefix"],
        "source": f"{chart['repo']}/blob/{chart['commit']}/{chart['path']}#L{chart['passthrough']['line']}",
    }
    return {"distribution": "z2jh", "node": chart["node"], "form": "helm-values", "passthrough": passthrough, "keys": keys}


HEADER = (
    "# Generated by scripts/extract-config.py from {repo} at {commit}.\n"
    "# Do not edit: run `npm run extract:config` again. Summaries live in summaries.yaml.\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=ROOT / "graph-data" / "settings")
    parser.add_argument("--module", type=Path, help="print the traits of one Python file as JSON")
    args = parser.parse_args()
    if args.module:
        print(json.dumps(extract_module(args.module.read_text()), indent=2))
        return
    cfg = json.loads(SOURCES.read_text())
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for project in cfg["projects"]:
        data = project_data(project, args.mirrors)
        count = sum(len(c["settings"]) for c in data["classes"])
        total += count
        header = HEADER.format(repo=project["repo"], commit=project["commit"])
        (args.out / f"{project['id']}.yaml").write_text(emit_doc(header, data))
        print(f"{project['id']}: {len(data['classes'])} classes, {count} settings")
        if "history" in project:
            hist = history(project, args.mirrors, project["history"])
            header = HEADER.format(repo=project["repo"], commit=project["history"]["version"])
            (args.out / f"{project['id']}-history.yaml").write_text(emit_doc(header, hist))
            print(f"{project['id']} {hist['version']}: {len(hist['removed'])} settings removed since")
    print(f"{total} settings in all")
    chart = cfg.get("chart")
    if chart:
        data = chart_keys(chart, args.mirrors)
        (args.out / "distributions").mkdir(exist_ok=True)
        header = HEADER.format(repo=chart["repo"], commit=chart["commit"])
        (args.out / "distributions" / "z2jh.yaml").write_text(emit_doc(header, data))
        print(f"z2jh: {len(data['keys'])} chart keys")


if __name__ == "__main__":
    main()
