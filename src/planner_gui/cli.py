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
from collections.abc import Callable, Sequence
from pathlib import Path

from planner_gui import i18n
from planner_gui.cli_arguments import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    argparse_speaks,
    command_parser,
    gui_parser,
    setup_ballots,
    setup_check,
    setup_export,
    setup_import_ballots,
    setup_import_plan,
    setup_language,
    setup_new,
    setup_report,
    setup_room,
    setup_template,
)
from planner_gui.cli_plans import (
    CommandFailed,
    held,
    new_plan_path,
    not_replacing,
    open_for_editing,
    snapshot,
)
from planner_gui.i18n import N_, _, ngettext


def unforeseen(error: Exception, command: str) -> str:
    """One line for an error no check foresaw (never a traceback): what it was, and what to do."""
    first = (str(error).strip().splitlines() or [""])[0]
    what = f"{type(error).__name__}: {first[:160]}" if first else type(error).__name__
    if command == "check":
        return _(
            "the plan can't be read whole ({what}): it was changed outside Retreat Planner. Open a backup copy "
            "of the plan instead."
        ).format(what=what)
    return _(
        "{command} stopped on something unforeseen ({what}). A plan file edited by another program may be "
        "damaged: `{prog} check PLAN` says. What the command had finished is kept."
    ).format(command=command, what=what, prog=PROG)


def _fail(message: str) -> int:
    print(_("{prog}: error: {message}").format(prog=PROG, message=message), file=sys.stderr)
    return EXIT_FAILED


# ------------------------------------------------------------------ commands
def cmd_new(args: argparse.Namespace) -> int:
    from planner_gui.core.document import PlanDocument
    from planner_gui.core.sample import write_sample

    path: Path = args.plan
    new_plan_path(path, args.force)
    with held(path):
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
    from planner_gui.core.planfile import check_integrity
    from planner_gui.core.summary import summary_lines

    with snapshot(args.plan) as doc:
        problems = check_integrity(args.plan)
        lines = summary_lines(doc)
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

    if args.code is None:
        with snapshot(args.plan) as doc:
            code = doc.plan.language
        print(f"{code} ({i18n.LANGUAGES.get(code, code)})")
        return EXIT_OK
    with held(args.plan):
        doc = open_for_editing(args.plan)
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
    from planner_gui.exchange.ballots import AlreadyVoted, import_ballots

    with held(args.plan):
        doc = open_for_editing(args.plan)
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


def cmd_export(args: argparse.Namespace) -> int:
    from planner_gui.exchange.plan_workbook import write_plan_workbook

    with snapshot(args.plan) as doc:
        write_plan_workbook(doc, args.out)
    print(_("Wrote the revised plan to {path}.").format(path=args.out))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """The printable summary as a PDF: Qt lays it out (QtGui only, offscreen when there is no display)."""
    from planner_gui.report.pdf import write_report_pdf

    with snapshot(args.plan) as doc:
        pages = write_report_pdf(doc, args.out)
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
    from planner_gui.core.results_snapshot import results_snapshot
    from planner_gui.report.pdf import write_snapshot_pdf

    with snapshot(args.plan) as doc:
        pages = write_snapshot_pdf(results_snapshot(doc), args.out)
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

    not_replacing(args.out, args.force)
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
    new_plan_path(path, args.force)
    with held(path):
        doc = import_plan(path, args.source, overwrite=args.force)
        counts = doc.structure.counts()
        doc.close()
    goals = ngettext("{count} goal", "{count} goals", counts["goals"]).format(count=counts["goals"])
    objectives = ngettext("{count} objective", "{count} objectives", counts["objectives"]).format(
        count=counts["objectives"]
    )
    print(
        _("Created {path} from {source}: {goals}, {objectives}.").format(
            path=path, source=args.source.name, goals=goals, objectives=objectives
        )
    )
    return EXIT_OK


def cmd_room(args: argparse.Namespace) -> int:
    """Room voting headless: serve the members' pages until Ctrl+C or SIGTERM, recording ballots on this thread."""
    from planner_gui.room_cli import serve_room

    with held(args.plan):
        return serve_room(args.plan, args.address, args.port, args.links, fail=CommandFailed, force=args.force)


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


COMMANDS["new"] = (N_("create a new plan file"), setup_new, cmd_new)
COMMANDS["check"] = (N_("check a plan file's integrity and print a summary"), setup_check, cmd_check)
COMMANDS["language"] = (
    N_("say or set the language of the plan's documents (workbooks, ballots, PDFs, room pages)"),
    setup_language,
    cmd_language,
)
COMMANDS["ballots"] = (N_("write a ballot workbook for each board member"), setup_ballots, cmd_ballots)
COMMANDS["import-ballots"] = (
    N_("read filled-in ballot workbooks into the plan"),
    setup_import_ballots,
    cmd_import_ballots,
)
COMMANDS["export"] = (N_("write the revised plan to a workbook"), setup_export, cmd_export)
COMMANDS["report"] = (N_("write the revised plan's printable summary as a PDF"), setup_report, cmd_report)
COMMANDS["results"] = (
    N_("write the revealed ranking results, for the minutes, as a PDF"),
    setup_report,
    cmd_results,
)
COMMANDS["template"] = (N_("write an empty plan workbook to fill in"), setup_template, cmd_template)
COMMANDS["import-plan"] = (N_("make a new plan from a plan workbook"), setup_import_plan, cmd_import_plan)
COMMANDS["room"] = (N_("serve room voting to the members' phones until stopped"), setup_room, cmd_room)


def main(argv: Sequence[str] | None = None) -> int:
    from planner_gui.core.errors import PlanError

    i18n.set_language(i18n.language_from_environment())  # the person's language: LANG, LC_MESSAGES…
    argparse_speaks()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            summary, setup, _run = COMMANDS[argv[0]]
            args = command_parser(argv[0], summary, setup).parse_args(argv[1:])
            try:
                return COMMANDS[argv[0]][2](args)
            except (PlanError, CommandFailed) as error:
                return _fail(str(error))
            except OSError as error:
                return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
            except Exception as error:  # a plan damaged past what its checks see, or a fault nobody foresaw
                return _fail(unforeseen(error, argv[0]))
        args = gui_parser({name: summary for name, (summary, _setup, _run) in COMMANDS.items()}).parse_args(argv)
    except SystemExit as stop:  # argparse: --help, --version, usage errors
        return int(stop.code or 0)
    if args.plan is not None and args.demo:
        print(_("{prog}: error: give a plan or --demo, not both").format(prog=PROG), file=sys.stderr)
        return EXIT_USAGE
    from planner_gui import collector

    collector.hold()  # until the first page is painted (run_gui hands it back)
    from planner_gui.ui.app import run_gui

    return run_gui(plan=args.plan, demo=args.demo, self_test=args.self_test)


if __name__ == "__main__":
    raise SystemExit(main())
