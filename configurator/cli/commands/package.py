"""``fabwise package verify|senders``: check a package before cutting material; manage senders.

``verify PACKAGE.zip [--rebuild] [--require-known-sender] [--quick] [--json]``: exit code 0 when
the package passes (safe archive, valid signature over this manifest, schema, every checksum,
every file opens and agrees with the manifest; with ``--rebuild`` every geometry file matches a
rebuild from the template), 3 when it fails; the report names each problem.

``senders list`` / ``senders trust PACKAGE --name NAME`` / ``senders forget FINGERPRINT``: the
workshop's list of known senders (trust on first use).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from configurator.cli.common import print_json
from configurator.core.visible import visible
from configurator.sdk.errors import FabwiseError

EXIT_VERIFY_FAILED = 3
_MARKS = {"ok": "ok  ", "warning": "warn", "error": "FAIL"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("package", help="work with production packages (verify, senders)")
    parser.set_defaults(func=lambda _args: _usage(parser))
    commands = parser.add_subparsers(dest="package_command", metavar="ACTION")
    verify = commands.add_parser(
        "verify",
        help="check a package: signature, sender, checksums, readable files, rebuild",
        description="Refuses unsafe archives (paths outside the folder, links, names with "
        "control characters, absurd sizes or compression ratios, also inside 3MF files), checks "
        "the Ed25519 signature over manifest.json and whether the signer is one of your known "
        "senders, checks the manifest against its published schema, the SHA-256 of every file, "
        "opens every file with a reader for its format and compares each part file with the "
        "part's recorded volume and size. --rebuild also rebuilds every part from the template "
        f"and compares the files with it. Exit code 0 = pass, {EXIT_VERIFY_FAILED} = fail.",
    )
    verify.add_argument("package", metavar="PACKAGE.zip")
    verify.add_argument(
        "--quick",
        action="store_true",
        help="checksums and signature only: do not open every file (no CAD kernel needed)",
    )
    verify.add_argument(
        "--rebuild",
        action="store_true",
        help="rebuild every part from the template named in the manifest (it "
        "must be installed, trusted and the same code) and compare each geometry "
        "file with the rebuild: volume, bounds and surface distance",
    )
    verify.add_argument(
        "--require-known-sender",
        action="store_true",
        help="fail unless the signer is in your list of known senders",
    )
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(func=_verify)

    senders = commands.add_parser(
        "senders",
        help="the senders you know: list, trust (from a package), forget",
        description="Packages are signed with their sender's key. The first time a key is seen "
        "it is unknown: check its fingerprint with the sender (phone, in person), then trust it "
        "under a name. Later packages signed with that key show as from that sender.",
    )
    senders.set_defaults(func=lambda _args: _usage(senders))
    actions = senders.add_subparsers(dest="senders_command", metavar="ACTION")
    listing = actions.add_parser("list", help="list the senders you trust")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_senders_list)
    trust = actions.add_parser("trust", help="trust the key that signed a package")
    trust.add_argument("package", metavar="PACKAGE.zip")
    trust.add_argument("--name", required=True, help="who the sender is, e.g. 'Alice, Lyon'")
    trust.add_argument(
        "--fingerprint",
        metavar="XXXX-XXXX-...",
        help="the fingerprint the sender told you; refuse if the package's differs",
    )
    trust.set_defaults(func=_senders_trust)
    key = commands.add_parser(
        "key",
        help="show your own signing key's fingerprint (made on your first export), to read to a workshop",
    )
    key.set_defaults(func=_key)
    forget = actions.add_parser("forget", help="stop trusting a sender's key")
    forget.add_argument("sender", metavar="FINGERPRINT|NAME")
    forget.set_defaults(func=_senders_forget)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _verify(args: argparse.Namespace) -> int:
    from configurator.core.export.verify import verify_package

    path = Path(args.package).expanduser()
    report = verify_package(
        path, read_contents=not args.quick, require_known_sender=args.require_known_sender
    )
    if args.rebuild and report.manifest is not None:
        from configurator.cli.common import service_from_args
        from configurator.core.export.rebuild import rebuild_package

        with service_from_args(args) as service:
            report.rebuild = rebuild_package(path, report.manifest, service)
        for finding in report.rebuild.findings():
            report.findings.append(finding)
    if args.json:
        print_json(report.to_dict())
        return 0 if report.passed else EXIT_VERIFY_FAILED
    manifest = report.manifest or {}
    template = manifest.get("template", {})
    if template:
        print(
            f"{visible(args.package)}: {visible(template.get('name'))} "
            f"({visible(template.get('id'))} {visible(template.get('version'))}), made "
            f"{visible(manifest.get('created_utc'))}"
        )
    for finding in report.findings:  # already made visible when recorded
        print(f"  {_MARKS[finding.level]} {finding.subject}: {finding.message}")
    errors = sum(f.level == "error" for f in report.findings)
    signature = report.signature
    if not report.passed:
        print(f"FAIL: {errors} problem(s); do not use this package as it is")
    else:
        who = (
            f"known sender '{visible(signature.sender)}'"
            if signature.known
            else "an UNKNOWN sender (see above)"
        )
        rebuilt = " and matches a rebuild" if report.rebuild is not None else ""
        print(f"PASS: the package is complete, unaltered since signed by {who}{rebuilt}")
    return 0 if report.passed else EXIT_VERIFY_FAILED


def _key(args: argparse.Namespace) -> int:
    from configurator.core.export import signing

    path = signing.key_path()
    if not path.exists():
        print("no signing key yet: Fabwise makes one on your first export")
        return 0
    public = signing.public_bytes(signing.load_or_create_key(path))
    print(f"your key: {signing.short_fingerprint(signing.fingerprint(public))}")
    print(f"  full fingerprint: {signing.fingerprint(public)}")
    print(f"  private key: {path} (keep it to yourself; workshops trust packages signed with it)")
    return 0


def _senders_list(args: argparse.Namespace) -> int:
    from configurator.core.export.signing import SenderStore

    senders = SenderStore().all()
    if args.json:
        print_json(
            [
                {
                    "name": s.name,
                    "fingerprint": s.fingerprint,
                    "short_fingerprint": s.short,
                    "trusted_utc": s.trusted_utc,
                }
                for s in senders
            ]
        )
        return 0
    if not senders:
        print(
            "no known senders yet: after checking a package's fingerprint with its sender, "
            "run fabwise package senders trust PACKAGE --name NAME"
        )
    for sender in senders:
        print(f"{sender.short}  {visible(sender.name)}  (trusted {sender.trusted_utc})")
    return 0


def _senders_trust(args: argparse.Namespace) -> int:
    from configurator.core.export.signing import SenderStore
    from configurator.core.export.verify import verify_package

    path = Path(args.package).expanduser()
    store = SenderStore()
    report = verify_package(path, read_contents=False, senders=store)
    signature = report.signature
    if signature.status not in ("valid",) or signature.fingerprint is None:
        problems = (
            "; ".join(f"{f.subject}: {f.message}" for f in report.findings if f.level == "error")
            or "no valid signature"
        )
        raise FabwiseError(
            f"{visible(args.package)} cannot vouch for a sender: {problems}",
            hint="only the key of an intact, signed package can be trusted",
        )
    if not report.passed:
        problems = "; ".join(f"{f.subject}: {f.message}" for f in report.findings if f.level == "error")
        raise FabwiseError(
            f"{visible(args.package)} fails verification: {problems}",
            hint="trust a sender from a package that passes",
        )
    from configurator.core.export.signing import Signer, short_fingerprint

    if args.fingerprint:
        given = args.fingerprint.replace("-", "").replace(":", "").replace(" ", "").upper()
        if not signature.fingerprint.upper().startswith(given) or len(given) < 16:
            raise FabwiseError(
                f"the package was signed by key {short_fingerprint(signature.fingerprint)}, not "
                f"{args.fingerprint}",
                hint="do not trust it: ask the sender",
            )
    import base64

    signer = Signer(base64.b64decode(signature.public_key or ""), signature.fingerprint)
    previous = store.get(signer.fingerprint)
    sender = store.trust(signer, args.name)
    same_name = [s for s in store.by_name(args.name) if s.fingerprint != signer.fingerprint]
    verb = "renamed" if previous else "now trusted"
    print(f"{sender.short}  {visible(sender.name)}: {verb}")
    for other in same_name:
        print(
            f"  note: '{visible(other.name)}' also has key {other.short}; forget it if the "
            "sender replaced their key"
        )
    return 0


def _senders_forget(args: argparse.Namespace) -> int:
    from configurator.core.export.signing import SenderStore

    store = SenderStore()
    matches = store.find(args.sender)
    if not matches:
        raise FabwiseError(
            f"no known sender matches '{visible(args.sender)}'", hint="see fabwise package senders list"
        )
    if len(matches) > 1:
        names = ", ".join(f"{s.short} {visible(s.name)}" for s in matches)
        raise FabwiseError(
            f"'{visible(args.sender)}' matches several senders: {names}", hint="give more of the fingerprint"
        )
    store.forget(matches[0].fingerprint)
    print(f"forgot {matches[0].short}  {visible(matches[0].name)}")
    return 0
