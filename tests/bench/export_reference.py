#!/usr/bin/env python3
"""The reference an export is measured against: what an administrator would write in twenty
lines with the standard library only (urllib, json, csv). One request at a time, 1000 records a
page, the same eight columns as kmconsole's CSV.

    export_reference.py BASE_URL TOKEN OUT.csv
"""
import csv
import json
import sys
import urllib.request

base, token, out = sys.argv[1], sys.argv[2], sys.argv[3]
take, skip = 1000, 0
with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(["AuditId", "Date", "UserId", "UserName", "DisplayName", "Action", "Status", "Notes"])
    while True:
        url = f"{base}/api/v1/key-management/audit?skip={skip}&take={take}&sortBy[0].name=date&sortBy[0].direction=Desc"
        request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
        with urllib.request.urlopen(request) as reply:
            page = json.load(reply)
        for r in page["records"]:
            writer.writerow([r["masterEncryptionKeyRotationInfoAuditId"], r["date"], r["userId"], r.get("userName"),
                             r.get("displayName"), r.get("action"), r.get("status"), r.get("notes")])
        skip += len(page["records"])
        if not page["records"] or skip >= page["total"]:
            break
