"""Checks DKIM signatures (RFC 6376, RFC 8463) with dkimpy, for tests/api/deliverability.rs.

Reads one JSON object on standard input:
  {"records": {"<selector>._domainkey.<domain>": "v=DKIM1; k=rsa; p=<base64>", ...},
   "messages": ["<a raw RFC 5322 message, base64>", ...]}
and prints one JSON list on standard output, one object per message, in order:
  {"verified": true or false, "asked": [TXT names looked up], "log": "dkimpy's account"}
No DNS server is asked: the TXT records are the ones given.
"""

import base64
import io
import json
import logging
import sys

import dkim


def main():
    request = json.load(sys.stdin)
    records = {
        name.rstrip(".").lower(): text.encode("ascii")
        for name, text in request["records"].items()
    }
    results = []
    for encoded in request["messages"]:
        asked = []

        def dnsfunc(name, timeout=5):
            key = name.decode("ascii").rstrip(".").lower()
            asked.append(key)
            return records.get(key)

        log = io.StringIO()
        logger = logging.getLogger("dkim-%d" % len(results))
        logger.addHandler(logging.StreamHandler(log))
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
        verified = dkim.verify(base64.b64decode(encoded), logger=logger, dnsfunc=dnsfunc)
        results.append({"verified": bool(verified), "asked": asked, "log": log.getvalue()})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
