#!/usr/bin/env python3
"""Log in to a bridges server and create a personal API token; print the token.

Usage: get_token.py [--base URL] [--email EMAIL] [--password PASSWORD] [--name NAME]
Defaults: base http://127.0.0.1:18080, email demo-owner@example.org,
password from $BRIDGES_DEMO_PASSWORD. Exits non-zero with a message on stderr on failure.
"""
import argparse
import html
import os
import re
import sys
import time

import requests

CSRF_INPUT = re.compile(r'name="csrf_token"\s+value="([^"]+)"')
NEW_TOKEN = re.compile(r'id="new-token"[^>]*\bvalue="([^"]+)"')


def csrf_of(session: requests.Session, page_html: str) -> str:
    """The CSRF token: the hidden form field if present, else the bridges_csrf cookie."""
    m = CSRF_INPUT.search(page_html)
    if m:
        return html.unescape(m.group(1))
    cookie = session.cookies.get("bridges_csrf")
    if cookie:
        return cookie
    sys.exit("get_token: no CSRF token found (no csrf_token field, no bridges_csrf cookie)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default=os.environ.get("BRIDGES_BASE", "http://127.0.0.1:18080"))
    ap.add_argument("--email", default=os.environ.get("BRIDGES_DEMO_EMAIL", "demo-owner@example.org"))
    ap.add_argument("--password", default=os.environ.get("BRIDGES_DEMO_PASSWORD"))
    ap.add_argument("--name", default=f"schemathesis-{int(time.time())}")
    args = ap.parse_args()
    if not args.password:
        sys.exit("get_token: give --password or set BRIDGES_DEMO_PASSWORD")
    base = args.base.rstrip("/")

    s = requests.Session()
    r = s.get(f"{base}/login", timeout=30)
    r.raise_for_status()
    r = s.post(
        f"{base}/login",
        data={"email": args.email, "password": args.password, "csrf_token": csrf_of(s, r.text), "next": "/"},
        allow_redirects=False,
        timeout=30,
    )
    if r.status_code not in (302, 303):
        sys.exit(f"get_token: login failed: HTTP {r.status_code}")

    r = s.get(f"{base}/account", allow_redirects=False, timeout=30)
    if r.status_code != 200:
        sys.exit(f"get_token: /account answered HTTP {r.status_code} (not logged in?)")
    r = s.post(
        f"{base}/account/tokens",
        data={"name": args.name, "token_password": args.password, "csrf_token": csrf_of(s, r.text)},
        allow_redirects=False,
        timeout=30,
    )
    m = NEW_TOKEN.search(r.text)
    if r.status_code != 200 or not m:
        sys.exit(f"get_token: token creation failed: HTTP {r.status_code}")
    print(html.unescape(m.group(1)))


if __name__ == "__main__":
    main()
