"""The ``planner-gui`` command's arguments: each command's options, the checks on their values, and argparse
speaking the person's language with usage mistakes said in one line (exit code 2).

The commands themselves, and what runs them, are in :mod:`planner_gui.cli`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NoReturn

from planner_gui import APP_NAME, __version__, i18n
from planner_gui.i18n import N_, _

PROG = "planner-gui"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
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


def argparse_speaks() -> None:
    """argparse's messages (usage mistakes, --help's headings) in the person's language."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def plan_arg(value: str) -> Path:
    return Path(value).expanduser()


def xlsx_arg(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(_("a workbook's name ends in .xlsx (got “{name}”)").format(name=path.name))
    return path


def pdf_arg(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(_("a PDF's file name ends in .pdf (got “{name}”)").format(name=path.name))
    return path


def language_arg(value: str) -> str:
    code = value.strip().lower()
    if code not in i18n.LANGUAGES:
        choices = ", ".join(f"{c} ({name})" for c, name in i18n.LANGUAGES.items())
        raise argparse.ArgumentTypeError(
            _("a language is one of {choices} (not “{value}”)").format(choices=choices, value=value)
        )
    return code


def setup_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "--language",
        type=language_arg,
        metavar="CODE",
        help=_("the language of the plan's documents: en, fr or es (default: yours)"),
    )
    p.add_argument("--sample", action="store_true", help=_("fill it with the bundled sample plan"))
    p.add_argument("--title", help=_("the plan's title"))
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))


def setup_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")


def setup_language(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "code", nargs="?", type=language_arg, metavar="CODE", help=_("en, fr or es; without it, say which it is")
    )


def setup_ballots(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument("outdir", type=plan_arg, metavar="OUTDIR", help=_("folder to write the ballot workbooks in"))
    p.add_argument("--member", action="append", metavar="NAME", help=_("only this member (repeat for more)"))
    p.add_argument("--force", action="store_true", help=_("replace ballot workbooks already in OUTDIR"))


def setup_import_ballots(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument("files", type=plan_arg, nargs="+", metavar="FILE", help=_("filled-in ballot workbooks"))
    p.add_argument("--replace", action="store_true", help=_("replace the ballot of a member who has voted already"))


def setup_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument("out", type=xlsx_arg, metavar="OUT.xlsx", help=_("the workbook to write (replaced if it exists)"))


def setup_report(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument("out", type=pdf_arg, metavar="OUT.pdf", help=_("the PDF to write (replaced if it exists)"))


def setup_template(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=xlsx_arg, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))


def setup_import_plan(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat", help=_("the new plan file to create"))
    p.add_argument("source", type=xlsx_arg, metavar="SOURCE.xlsx", help=_("a filled template or an exported plan"))
    p.add_argument("--force", action="store_true", help=_("replace an existing plan file"))


def port_arg(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            _("a port is a whole number from 1 to 65535, or 0 for any free port (not “{value}”)").format(value=value)
        )
    return port


def setup_room(p: argparse.ArgumentParser) -> None:
    from planner_gui.room_cli import DEFAULT_PORT

    p.add_argument("plan", type=plan_arg, metavar="PLAN.retreat")
    p.add_argument(
        "--address", metavar="ADDR", help=_("the address to listen on (default: this laptop's on its network)")
    )
    p.add_argument(
        "--port", type=port_arg, default=DEFAULT_PORT, metavar="N", help=_("default {port}").format(port=DEFAULT_PORT)
    )
    p.add_argument("--links", type=plan_arg, metavar="FILE", help=_("write NAME<TAB>LINK lines here, not on stdout"))
    p.add_argument("--force", action="store_true", help=_("replace FILE even if it is not an earlier list of links"))


def command_parser(
    name: str, summary: str, setup: Callable[[argparse.ArgumentParser], None]
) -> argparse.ArgumentParser:
    """The parser of one headless command: ``summary`` (untranslated) as its description, ``setup`` its options."""
    parser = Parser(prog=f"{PROG} {name}", description=_(summary))
    setup(parser)
    return parser


def gui_parser(commands: Mapping[str, str]) -> argparse.ArgumentParser:
    """The parser of the window's own options; ``commands``: each headless command's summary, for --help."""
    listed = "\n".join(f"  {PROG} {name:<15} {_(summary)}" for name, summary in commands.items())
    parser = Parser(
        prog=PROG,
        description=_("{program}: run a strategic-plan review retreat.").format(program=APP_NAME),
        epilog=_("headless commands:\n{commands}\n\n'{prog} COMMAND --help' describes each.").format(
            commands=listed, prog=PROG
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("plan", nargs="?", type=plan_arg, metavar="PLAN.retreat", help=_("plan to open"))
    parser.add_argument("--demo", action="store_true", help=_("open a fresh copy of the sample plan"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("open every step on a fresh sample plan, then quit (exit code 0 when all went well)"),
    )
    return parser
