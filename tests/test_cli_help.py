"""Every command explains every argument with an example; export gives the view syntax."""

from __future__ import annotations

import argparse
import shlex

import pytest

from khorasan_desktop import resources
from khorasan_desktop.cli import build_parser, main


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    out = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                out.extend(_parsers(child, (*path, name)))
    return out


PARSERS = _parsers(build_parser())


def test_all_commands_are_covered() -> None:
    names = {" ".join(path) for path, _ in PARSERS}
    for expected in ("search", "export pdf", "export csv", "import ucdp", "build-db", "counts"):
        assert expected in names


@pytest.mark.parametrize("path,parser", PARSERS, ids=[" ".join(p) or "top" for p, _ in PARSERS])
def test_every_argument_is_explained(
    path: tuple[str, ...], parser: argparse.ArgumentParser
) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and len(action.help) > 8, (path, action.dest)
        takes_value = action.nargs != 0 and not isinstance(action, argparse._SubParsersAction)
        if takes_value and action.choices is None:
            assert "e.g." in action.help, (path, action.dest, action.help)


@pytest.mark.parametrize("path,parser", PARSERS, ids=[" ".join(p) or "top" for p, _ in PARSERS])
def test_examples_parse(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
    """Each command's help ends with examples, and each example is a valid command line."""
    epilog = parser.epilog or ""
    assert "examples:" in epilog, path
    examples = [line.strip() for line in epilog.split("examples:")[1].splitlines() if line.strip()]
    assert examples, path
    for example in examples:
        argv = shlex.split(example)
        assert argv[0] == "khorasan-desktop"
        args = build_parser().parse_args(argv[1:])  # raises UsageError on a bad example
        if path:
            assert args.command == path[0], example


def test_export_help_gives_the_guides_view_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    syntax = resources.view_syntax()
    assert syntax.startswith("A view is KIND[:NAME]")
    assert "source=bundled" in syntax and "relations:ISIS-K,year=2021" in syntax
    assert syntax in resources.guide_text()  # one text: the guide's own section
    for argv in (["export", "--help"], ["export", "pdf", "--help"], ["export", "csv", "--help"]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 0
        assert syntax in capsys.readouterr().out


def test_view_syntax_examples_are_valid_specs() -> None:
    """The guide's examples are real view specs (the parser accepts each)."""
    from khorasan_desktop.core import viewspec

    lines = resources.view_syntax().split("Examples:")[1].split()
    assert len(lines) >= 5
    for text in lines:
        viewspec.parse(text)
