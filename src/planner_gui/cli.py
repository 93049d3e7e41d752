"""The ``planner-gui`` command: launches the window, or works on a plan headless.

    planner-gui [PLAN.retreat]          open the window (on a plan, if given)
    planner-gui --demo                  open a fresh copy of the sample plan
    planner-gui --version
    planner-gui --self-test             open every step on a fresh sample plan, then quit (0: all went well)
    planner-gui new PLAN.retreat [--sample] [--title TEXT] [--language CODE] [--force]
    planner-gui check PLAN.retreat
    planner-gui language PLAN.retreat [en|fr|es]
    planner-gui ballots PLAN.retreat OUTDIR [--member NAME ...]
    planner-gui import-ballots PLAN.retreat FILE... [--replace]
    planner-gui export PLAN.retreat OUT.xlsx
    planner-gui template OUT.xlsx
    planner-gui import-plan PLAN.retreat SOURCE.xlsx [--force]
    planner-gui report PLAN.retreat OUT.pdf
    planner-gui results PLAN.retreat OUT.pdf
    planner-gui room PLAN.retreat [--address ADDR] [--port N] [--links FILE]

Headless commands import no Qt widgets and never show a traceback: a bad
argument or a bad file gives one line on stderr and exit code 2 or 1. They speak
the environment's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``):
English, French or Spanish.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from planner_gui import APP_NAME, PLAN_SUFFIX, __version__, i18n
from planner_gui.i18n import N_, _, ngettext

PROG = "planner-gui"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandFailed(Exception):
    """A headless command could not do what was asked; the message says why."""


def _fail(message: str) -> int:
    print(_("{prog}: error: {message}").format(prog=PROG, message=message), file=sys.stderr)
    return EXIT_FAILED


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake said in one line, like every other refusal (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        said = _("{prog}: error: {message} (see “{command} --help”)").format(
            prog=PROG, message=message, command=self.prog
        )
        self.exit(EXIT_USAGE, said + "\n")


# argparse's own words for a person, translated by our catalogue (argparse asks gettext for them).
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("show this help message and exit"),
    N_("positional arguments"),
    N_("options"),
    N_("show program's version number and exit"),
)


def _argparse_speaks() -> None:
    """argparse's messages (usage mistakes, --help's headings) in the person's language."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def _plan_arg(value: str) -> Path:
    return Path(value).expanduser()


# ------------------------------------------------------------------ commands
@contextmanager
def _held(path: Path) -> Iterator[None]:
    """Hold the plan's lock while a command writes it: a plan open in the window is never written under it.

    A file that does not exist yet can't be open anywhere, so creating one needs
    no lock (and loads no Qt at all); the lock is QtCore's, never a widget.
    """
    if not path.exists():
        yield
        return
    from planner_gui.plan_lock import PlanLock

    lock = PlanLock(path)
    if not lock.acquire():
        holder = lock.holder()
        if holder is not None:
            raise CommandFailed(
                _("“{name}” is open in {where}; close it there first, then try again").format(
                    name=path.name, where=holder.describe()
                )
            )
        # No lock could be made (a missing or read-only folder): the command itself will say what is wrong.
    try:
        yield
    finally:
        lock.release()


def _new_plan_path(path: Path, force: bool) -> None:
    """Refuse, saying how to go on, a name that is no plan's or a file that would be replaced without --force."""
    if path.suffix.lower() != PLAN_SUFFIX:
        raise CommandFailed(
            _("a plan file name ends in {suffix} (got “{name}”)").format(suffix=PLAN_SUFFIX, name=path.name)
        )
    if path.exists() and not path.is_dir() and not force:
        raise CommandFailed(
            _("“{name}” already exists; choose another name, or add --force to replace it").format(name=path.name)
        )


def cmd_new(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.core.sample import write_sample

    path: Path = args.plan
    _new_plan_path(path, args.force)
    with _held(path):
        if args.sample:
            doc = write_sample(path, overwrite=args.force)
        else:
            doc = PlanDocument.create(path, title=args.title or "", overwrite=args.force, language=args.language)
        if args.sample and args.language:
            doc.structure.set_language(args.language)
        doc.close()
    if args.sample:
        print(_("Created {path} with the sample plan.").format(path=path))
    else:
        print(_("Created {path}.").format(path=path))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.core.planfile import check_integrity
    from planner_gui.core.summary import summary_lines

    doc = PlanDocument.open_snapshot(args.plan)
    try:
        problems = check_integrity(args.plan)
        lines = summary_lines(doc)
    finally:
        doc.close()
    width = max(len(label) for label, _value in lines)
    print(f"{args.plan}")
    for label, value in lines:
        print(f"  {label + ':':<{width + 1}} {value}")
    integrity = _("Integrity") + ":"
    if problems:
        failed = ngettext("FAILED ({count} problem)", "FAILED ({count} problems)", len(problems))
        print(f"  {integrity:<{width + 1}} {failed.format(count=len(problems))}")
        for problem in problems[:10]:
            print(f"    {problem}", file=sys.stderr)
        return EXIT_FAILED
    print(f"  {integrity:<{width + 1}} {_('ok')}")
    return EXIT_OK


def cmd_language(args: argparse.Namespace) -> int:
    """Say the language of the plan's documents, or set it."""
    from planner_gui.core.document import PlanDocument

    if args.code is None:
        doc = PlanDocument.open_snapshot(args.plan)
        try:
            code = doc.plan.language
        finally:
            doc.close()
        print(f"{code} ({i18n.LANGUAGES.get(code, code)})")
        return EXIT_OK
    with _held(args.plan):
        doc = PlanDocument.open(args.plan)
        try:
            doc.structure.set_language(args.code)
        finally:
            doc.close()
    said = _("The plan's documents are now written in {language}.")
    print(said.format(language=i18n.LANGUAGES[args.code]))
    return EXIT_OK


def cmd_ballots(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.exchange.ballots import BallotsInTheWay, write_ballots

    doc = PlanDocument.open_snapshot(args.plan)
    try:
        written = write_ballots(doc, args.outdir, args.member or (), overwrite=args.force)
    except BallotsInTheWay as error:
        raise CommandFailed(_("{error} To replace them anyway, add --force").format(error=error)) from None
    finally:
        doc.close()
    for path in written:
        print(path)
    print(
        ngettext("Wrote {count} ballot in {folder}.", "Wrote {count} ballots in {folder}.", len(written)).format(
            count=len(written), folder=args.outdir
        )
    )
    return EXIT_OK


def cmd_import_ballots(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.exchange.ballots import AlreadyVoted, import_ballots

    with _held(args.plan):
        doc = PlanDocument.open(args.plan)
        try:
            report = import_ballots(doc, args.files, replace=args.replace)
        finally:
            doc.close()
    for ballot in report.imported:
        chosen = sum(1 for priority, _ in ballot.choices.values() if priority)
        print(
            ngettext(
                "Imported {file}: {member}, {count} objective ranked.",
                "Imported {file}: {member}, {count} objectives ranked.",
                chosen,
            ).format(file=ballot.path.name, member=ballot.member_name, count=chosen)
        )
    for rejected in report.rejected:
        again = (
            _(" To replace their ballot with this one, add --replace.") if isinstance(rejected, AlreadyVoted) else ""
        )
        print(
            _("{prog}: not imported: {rejected}{again}").format(prog=PROG, rejected=rejected, again=again),
            file=sys.stderr,
        )
    print(
        _("{imported} imported, {rejected} not imported.").format(
            imported=len(report.imported), rejected=len(report.rejected)
        )
    )
    return EXIT_FAILED if report.rejected else EXIT_OK


def _xlsx_arg(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(_("a workbook's name ends in .xlsx (got “{name}”)").format(name=path.name))
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.exchange.plan_workbook import write_plan_workbook

    doc = PlanDocument.open_snapshot(args.plan)
    try:
        write_plan_workbook(doc, args.out)
    finally:
        doc.close()
    print(_("Wrote the revised plan to {path}.").format(path=args.out))
    return EXIT_OK


def _pdf_arg(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(_("a PDF's file name ends in .pdf (got “{name}”)").format(name=path.name))
    return path


def cmd_report(args: argparse.Namespace) -> int:
    """The printable summary as a PDF: Qt lays it out (QtGui only, offscreen when there is no display)."""
    from planner_gui.core.document import PlanDocument
    from planner_gui.report.pdf import write_report_pdf

    doc = PlanDocument.open_snapshot(args.plan)
    try:
        pages = write_report_pdf(doc, args.out)
    finally:
        doc.close()
    print(
        ngettext(
            "Wrote the printable summary to {path} ({pages} page).",
            "Wrote the printable summary to {path} ({pages} pages).",
            pages,
        ).format(path=args.out, pages=pages)
    )
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    """The revealed results for the minutes as a PDF: who voted, by which way, every objective's votes, the charts."""
    from planner_gui.core.document import PlanDocument
    from planner_gui.core.results_snapshot import results_snapshot
    from planner_gui.report.pdf import write_snapshot_pdf

    doc = PlanDocument.open_snapshot(args.plan)
    try:
        pages = write_snapshot_pdf(results_snapshot(doc), args.out)
    finally:
        doc.close()
    print(
        ngettext(
            "Wrote the ranking results to {path} ({pages} page).",
            "Wrote the ranking results to {path} ({pages} pages).",
            pages,
        ).format(path=args.out, pages=pages)
    )
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from planner_gui.exchange.plan_workbook import write_template

    if args.out.exists() and not args.force:
        raise CommandFailed(
            _("“{name}” already exists; choose another name, or add --force to replace it").format(name=args.out.name)
        )
    write_template(args.out)
    print(
        _("Wrote an empty plan workbook to {path}. Fill it in, then: {prog} import-plan NEW.retreat {path}").format(
            path=args.out, prog=PROG
        )
    )
    return EXIT_OK


def cmd_import_plan(args: argparse.Namespace) -> int:
    from planner_gui.exchange.plan_import import import_plan

    path: Path = args.plan
    _new_plan_path(path, args.force)
    with _held(path):
        doc = import_plan(path, args.source, overwrite=args.force)
        counts = doc.structure.counts()
        doc.close()
    print(
        _("Created {path} from {source}: {goals} goals, {objectives} objectives.").format(
            path=path, source=args.source.name, goals=counts["goals"], objectives=counts["objectives"]
        )
    )
    return EXIT_OK


def cmd_room(args: argparse.Namespace) -> int:
    """Room voting headless: serve the members' pages until Ctrl+C or SIGTERM, recording ballots on this thread."""
    from planner_gui.room_cli import serve_room

    with _held(args.plan):
        return serve_room(args.plan, args.address, args.port, args.links, fail=CommandFailed)


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def _language_arg(value: str) -> str:
    code = value.strip().lower()
    if code not in i18n.LANGUAGES:
        choices = ", ".join(f"{c} ({name})" for c, name in i18n.LANGUAGES.items())
        raise argparse.ArgumentTypeError(
            _("a language is one of {choices} (not {value})").format(choices=choices, value=value)
        )
    return code


def _setup_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "--language",
        type=_language_arg,
        metavar="CODE",
        help=_("the language of the plan's documents: en, fr or es (default: yours)"),
    )
    p.add_argument("--sample", action="store_true", help=_("fill it with the bundled sample plan"))
    p.add_argument("--title", help=_("the plan's title"))
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))


def _setup_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")


def _setup_language(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "code", nargs="?", type=_language_arg, metavar="CODE", help=_("en, fr or es; without it, say which it is")
    )


def _setup_ballots(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument("outdir", type=_plan_arg, metavar="OUTDIR", help=_("folder to write the ballot workbooks in"))
    p.add_argument("--member", action="append", metavar="NAME", help=_("only this member (repeat for more)"))
    p.add_argument("--force", action="store_true", help=_("replace ballot workbooks already in OUTDIR"))


def _setup_import_ballots(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument("files", type=_plan_arg, nargs="+", metavar="FILE", help=_("filled-in ballot workbooks"))
    p.add_argument("--replace", action="store_true", help=_("replace the ballot of a member who has voted already"))


def _setup_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument("out", type=_xlsx_arg, metavar="OUT.xlsx", help=_("the workbook to write (replaced if it exists)"))


def _setup_report(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument("out", type=_pdf_arg, metavar="OUT.pdf", help=_("the PDF to write (replaced if it exists)"))


def _setup_template(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=_xlsx_arg, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))


def _setup_import_plan(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat", help=_("the new plan file to create"))
    p.add_argument("source", type=_xlsx_arg, metavar="SOURCE.xlsx", help=_("a filled template or an exported plan"))
    p.add_argument("--force", action="store_true", help=_("replace an existing plan file"))


def _port_arg(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            _("a port is a whole number from 1 to 65535, or 0 for any free port (not {value})").format(value=value)
        )
    return port


def _setup_room(p: argparse.ArgumentParser) -> None:
    from planner_gui.room_cli import DEFAULT_PORT

    p.add_argument("plan", type=_plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "--address", metavar="ADDR", help=_("the address to listen on (default: this laptop's on its network)")
    )
    p.add_argument(
        "--port", type=_port_arg, default=DEFAULT_PORT, metavar="N", help=_("default {port}").format(port=DEFAULT_PORT)
    )
    p.add_argument("--links", type=_plan_arg, metavar="FILE", help=_("write NAME<TAB>LINK lines here, not on stdout"))


COMMANDS["new"] = (N_("create a new plan file"), _setup_new, cmd_new)
COMMANDS["check"] = (N_("check a plan file's integrity and print a summary"), _setup_check, cmd_check)
COMMANDS["language"] = (
    N_("say or set the language of the plan's documents (workbooks, ballots, PDFs, room pages)"),
    _setup_language,
    cmd_language,
)
COMMANDS["ballots"] = (N_("write a ballot workbook for each board member"), _setup_ballots, cmd_ballots)
COMMANDS["import-ballots"] = (
    N_("read filled-in ballot workbooks into the plan"),
    _setup_import_ballots,
    cmd_import_ballots,
)
COMMANDS["export"] = (N_("write the revised plan to a workbook"), _setup_export, cmd_export)
COMMANDS["report"] = (N_("write the revised plan's printable summary as a PDF"), _setup_report, cmd_report)
COMMANDS["results"] = (
    N_("write the revealed ranking results, for the minutes, as a PDF"),
    _setup_report,
    cmd_results,
)
COMMANDS["template"] = (N_("write an empty plan workbook to fill in"), _setup_template, cmd_template)
COMMANDS["import-plan"] = (N_("make a new plan from a plan workbook"), _setup_import_plan, cmd_import_plan)
COMMANDS["room"] = (N_("serve room voting to the members' phones until stopped"), _setup_room, cmd_room)


def _command_parser(name: str) -> argparse.ArgumentParser:
    summary, setup, _run = COMMANDS[name]
    parser = _Parser(prog=f"{PROG} {name}", description=_(summary))
    setup(parser)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {PROG} {name:<15} {_(summary)}" for name, (summary, _setup, _run) in COMMANDS.items())
    parser = _Parser(
        prog=PROG,
        description=_("{program}: run a strategic-plan review retreat.").format(program=APP_NAME),
        epilog=_("headless commands:\n{commands}\n\n'{prog} COMMAND --help' describes each.").format(
            commands=commands, prog=PROG
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("plan", nargs="?", type=_plan_arg, metavar="PLAN.retreat", help=_("plan to open"))
    parser.add_argument("--demo", action="store_true", help=_("open a fresh copy of the sample plan"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("open every step on a fresh sample plan, then quit (exit code 0 when all went well)"),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from planner_gui.core.errors import PlanError

    i18n.set_language(i18n.language_from_environment())  # the person's language: LANG, LC_MESSAGES…
    _argparse_speaks()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser(argv[0]).parse_args(argv[1:])
            try:
                return COMMANDS[argv[0]][2](args)
            except (PlanError, CommandFailed) as error:
                return _fail(str(error))
            except OSError as error:
                return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
        args = _gui_parser().parse_args(argv)
    except SystemExit as stop:  # argparse: --help, --version, usage errors
        return int(stop.code or 0)
    if args.plan is not None and args.demo:
        print(_("{prog}: error: give a plan or --demo, not both").format(prog=PROG), file=sys.stderr)
        return EXIT_USAGE
    from planner_gui.ui.app import run_gui

    return run_gui(plan=args.plan, demo=args.demo, self_test=args.self_test)


if __name__ == "__main__":
    raise SystemExit(main())
