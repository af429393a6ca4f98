#!/usr/bin/env python3
"""Writes tests/contract/key-management.openapi.json, the project's contract, from the vendor's
OpenAPI description of Secret Server 11.2.2 (../shared/spec/ss-11.2.2-key-management.openapi.json
beside the repository, or the file given).

Facts only: paths, methods, operation ids, parameters, request bodies, responses, schemas, types,
formats, enums, required lists and security. No description, summary, example, tag or other
prose (a response's required description is left empty). Every property typed string is marked
nullable, as the description's own texts say ("Null if never run") without marking them; the
string enums stay as published. The source's SHA-256 is written into the contract
(x-kmc-contract.sourceSha256) and tests/contract/README.md says how to check it.

    python3 scripts/make-contract.py [SOURCE] [--out FILE] [--check]

--check compares the contract that would be written with the committed one and exits 1 when
they differ (nothing is written). Standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(os.path.dirname(ROOT), "shared", "spec", "ss-11.2.2-key-management.openapi.json")
DEFAULT_OUT = os.path.join(ROOT, "tests", "contract", "key-management.openapi.json")

SCHEMA_KEYS = ("$ref", "type", "format", "enum", "required", "nullable", "minimum", "maximum", "minLength",
               "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def schema(s, is_property=False):
    out = {}
    for key in SCHEMA_KEYS:
        if key in s:
            out[key] = s[key]
    if "properties" in s:
        out["properties"] = {name: schema(p, True) for name, p in s["properties"].items()}
    if "items" in s:
        out["items"] = schema(s["items"])
    if isinstance(s.get("additionalProperties"), dict):
        out["additionalProperties"] = schema(s["additionalProperties"])
    elif "additionalProperties" in s:
        out["additionalProperties"] = s["additionalProperties"]
    for combiner in ("allOf", "oneOf", "anyOf"):
        if combiner in s:
            out[combiner] = [schema(x) for x in s[combiner]]
    if is_property and out.get("type") == "string" and "enum" not in out:
        out["nullable"] = True
    if s.get("x-kmc-added"):
        out["x-kmc-added"] = True
    return out


def content(c):
    return {media: {"schema": schema(v["schema"])} if "schema" in v else {} for media, v in c.items()}


def operation(op):
    out = {}
    if "operationId" in op:
        out["operationId"] = op["operationId"]
    if op.get("x-kmc-added"):
        out["x-kmc-added"] = True
    if "security" in op:
        out["security"] = op["security"]
    if "parameters" in op:
        out["parameters"] = [{k: (schema(v) if k == "schema" else v) for k, v in p.items()
                              if k in ("name", "in", "required", "schema", "style", "explode")}
                             for p in op["parameters"]]
    if "requestBody" in op:
        body = op["requestBody"]
        out["requestBody"] = {"required": bool(body.get("required", False)), "content": content(body.get("content", {}))}
    out["responses"] = {}
    for code, r in op.get("responses", {}).items():
        out["responses"][code] = {"description": ""}
        if "content" in r:
            out["responses"][code]["content"] = content(r["content"])
    if op.get("deprecated"):
        out["deprecated"] = True
    return out


def contract(source_bytes, source_name):
    spec = json.loads(source_bytes)
    paths = {}
    for path, item in spec["paths"].items():
        paths[path] = {m: operation(item[m]) for m in METHODS if m in item}
        if "parameters" in item:
            paths[path]["parameters"] = [{k: (schema(v) if k == "schema" else v) for k, v in p.items()
                                          if k in ("name", "in", "required", "schema")} for p in item["parameters"]]
    components = {"schemas": {name: schema(s) for name, s in spec["components"]["schemas"].items()}}
    schemes = spec["components"].get("securitySchemes", {})
    if schemes:
        components["securitySchemes"] = {name: {k: v for k, v in s.items() if k in ("type", "name", "in", "scheme", "bearerFormat")}
                                         for name, s in schemes.items()}
    return {
        "openapi": spec["openapi"],
        "info": {"title": "Secret Server key-management contract", "version": spec["info"]["version"]},
        "x-kmc-contract": {
            "source": source_name,
            "sourceSha256": hashlib.sha256(source_bytes).hexdigest(),
            "generator": "scripts/make-contract.py",
            "rules": ["facts only: no description, summary, example or tag",
                      "every string property nullable; string enums as published"],
        },
        "security": spec.get("security", []),
        "paths": paths,
        "components": components,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with open(args.source, "rb") as f:
        source = f.read()
    text = json.dumps(contract(source, os.path.basename(args.source)), indent=1, sort_keys=False) + "\n"
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        print("make-contract: %s %s" % (args.out, "is up to date" if same else "differs from what the source gives"))
        return 0 if same else 1
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print("make-contract: wrote %s from %s (sha256 %s)" % (args.out, args.source, hashlib.sha256(source).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
