#!/usr/bin/env python3
"""Validates a STIX 2.1 bundle against the OASIS JSON schemas (run by tst_stix).

Usage: validate_stix.py SCHEMA_DIR BUNDLE.json [--deterministic-sco-ids]

Checks the bundle envelope (type "bundle", an id "bundle--<uuid>", an "objects" array), then every
object against its own type's schema: sdos/<type>.json, sros/<type>.json,
observables/<type>.json, or common/marking-definition.json (common/bundle.json's oneOf lists only
some types; see SOURCE.md). An object whose type has no schema fails too. With
--deterministic-sco-ids, the ids of ipv4-addr, ipv6-addr, domain-name, email-addr and
autonomous-system objects must be the UUIDv5 the spec defines (section 2.9: namespace
00abedb4-aa42-466c-9c01-fed23315a9b7, name = the canonical JSON of the id-contributing
properties). Prints one line per
problem and exits 1 if there is any; prints "valid: N objects" and exits 0 otherwise.

Works with Debian 12's python3-jsonschema 4.10 (RefResolver with a store keyed by $id) and with
newer releases that have the `referencing` module.
"""
import json
import re
import sys
import uuid
from pathlib import Path

import jsonschema


def load_schemas(root):
    schemas = {}
    for path in sorted(Path(root).rglob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas[path.relative_to(root).as_posix()] = schema
    return schemas


def make_validator(schemas, schema):
    cls = jsonschema.Draft202012Validator
    try:
        from referencing import Registry, Resource  # jsonschema >= 4.18

        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values() if "$id" in s)
        return cls(schema, registry=registry)
    except ImportError:
        store = {s["$id"]: s for s in schemas.values() if "$id" in s}
        resolver = jsonschema.RefResolver(schema["$id"], schema, store=store)
        return cls(schema, resolver=resolver)


def schema_for(schemas, kind):
    for folder in ("sdos", "sros", "observables"):
        key = f"{folder}/{kind}.json"
        if key in schemas:
            return schemas[key]
    if kind == "marking-definition":
        return schemas["common/marking-definition.json"]
    return None


SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
ID_PROPERTIES = {"ipv4-addr": ["value"], "ipv6-addr": ["value"], "domain-name": ["value"],
                 "email-addr": ["value"], "autonomous-system": ["number"]}


def expected_sco_id(obj):
    props = {k: obj[k] for k in ID_PROPERTIES[obj["type"]] if k in obj}
    canonical = json.dumps(props, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{obj['type']}--{uuid.uuid5(SCO_NAMESPACE, canonical)}"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    deterministic = "--deterministic-sco-ids" in sys.argv[1:]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sys.argv[1:3] = args
    schemas = load_schemas(Path(sys.argv[1]))
    bundle = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    problems = []
    if not isinstance(bundle, dict) or bundle.get("type") != "bundle":
        problems.append("envelope: not an object with type 'bundle'")
    elif not re.fullmatch(r"bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                          str(bundle.get("id", ""))):
        problems.append(f"envelope: bad id {bundle.get('id')!r}")
    objects = bundle.get("objects") if isinstance(bundle, dict) else None
    if not isinstance(objects, list):
        problems.append("envelope: no 'objects' array")
        objects = []
    validators = {}
    for index, obj in enumerate(objects):
        kind = obj.get("type") if isinstance(obj, dict) else None
        where = f"objects[{index}] {obj.get('id') if isinstance(obj, dict) else obj!r}"
        schema = schema_for(schemas, kind) if isinstance(kind, str) else None
        if schema is None:
            problems.append(f"{where}: no schema for type {kind!r}")
            continue
        if deterministic and kind in ID_PROPERTIES and obj.get("id") != expected_sco_id(obj):
            problems.append(f"{where}: id is not the spec's UUIDv5 {expected_sco_id(obj)}")
        if kind not in validators:
            validators[kind] = make_validator(schemas, schema)
        for error in sorted(validators[kind].iter_errors(obj), key=lambda e: list(e.path)):
            path = "/".join(str(p) for p in error.path)
            problems.append(f"{where}: {path or '(object)'}: {error.message[:300]}")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"valid: {len(objects)} objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
