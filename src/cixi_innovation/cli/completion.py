"""Shell completion (命令补全) for bash and zsh, written at run time from the parser itself.

The script lists the parser's commands, each command's options and the choices of the
options and arguments that have them, so it cannot drift from the command line:
``eval "$(cixi-innovation completion bash)"`` in ``~/.bashrc``, or
``cixi-innovation completion zsh > "${fpath[1]}/_cixi-innovation"``.  Options that take a
file complete file names; other values complete from their choices.
"""

from __future__ import annotations

import argparse
import shlex

from cixi_innovation.cli._output import PROG

__all__ = ["Command", "commands_of", "script"]

#: One command: its name ("" for the program itself), its options, the choices of the
#: options that take a value (empty: no completion), and what its arguments complete
#: to: their choices, or None for file names.
Command = tuple[str, tuple[str, ...], dict[str, tuple[str, ...]], tuple[str, ...] | None]


# The arguments that name a scenario file.
_FILES = ("FILE", "BASE", "VARIANT")


def _choices(action: argparse.Action) -> tuple[str, ...]:
    return tuple(getattr(action.type, "choices", ()))


def _command(name: str, parser: argparse.ArgumentParser) -> Command:
    options: list[str] = []
    values: dict[str, tuple[str, ...]] = {}
    arguments: tuple[str, ...] | None = ()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            arguments = tuple(action.choices)
        elif action.option_strings:
            options.extend(action.option_strings)
            if action.nargs != 0:
                values.update(dict.fromkeys(action.option_strings, _choices(action)))
        else:
            arguments = None if action.metavar in _FILES else _choices(action)
    return name, tuple(options), values, arguments


def commands_of(parser: argparse.ArgumentParser) -> list[Command]:
    """The program and each of its commands, as the parser defines them."""
    found = [_command("", parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [_command(name, sub) for name, sub in action.choices.items()]
    return found


def _script(parser: argparse.ArgumentParser, shell: str) -> list[str]:
    """The body shared by both shells: find the command, then complete by its grammar."""
    bash = shell == "bash"
    found = commands_of(parser)
    names = "|".join(name for name, *_ in found if name)

    def offer(words: tuple[str, ...] | None) -> str:
        if words is None:
            return 'COMPREPLY=($(compgen -f -- "$cur"))' if bash else "_files"
        if bash:
            return f'COMPREPLY=($(compgen -W {shlex.quote(" ".join(words))} -- "$cur"))'
        return f"compadd -- {' '.join(words)}" if words else ":"

    lines = [
        "    local command='' word",
        f"    for word in {'${COMP_WORDS[@]:1:COMP_CWORD-1}' if bash else '${words[2,CURRENT-1]}'}; do",
        f'        case "$word" in {names}) command="$word"; break ;; esac',
        "    done",
        '    case "$command" in',
    ]
    for name, options, values, arguments in found:
        lines.append(f"    {name or chr(39) * 2})")
        lines += [
            '        case "$prev" in',
            *(
                f"            {option}) {offer(words)}; return ;;"
                for option, words in values.items()
            ),
            "        esac",
            '        if [[ "$cur" == -* ]]; then',
            f"            {offer(options)}",
            "        else",
            f"            {offer(arguments)}",
            "        fi",
            "        ;;",
        ]
    return [*lines, "    esac", "}"]


def _bash(parser: argparse.ArgumentParser) -> str:
    function = "_" + PROG.replace("-", "_")
    return "\n".join(
        [
            f"# bash completion for {PROG}, written by '{PROG} completion bash'.",
            f"{function}() {{",
            '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
            "    COMPREPLY=()",
            *_script(parser, "bash"),
            f"complete -F {function} {PROG}",
            "",
        ]
    )


def _zsh(parser: argparse.ArgumentParser) -> str:
    function = "_" + PROG.replace("-", "_")
    return "\n".join(
        [
            f"#compdef {PROG}",
            f"# zsh completion for {PROG}, written by '{PROG} completion zsh'.",
            f"{function}() {{",
            '    local cur="${words[CURRENT]}" prev="${words[CURRENT-1]}"',
            *_script(parser, "zsh"),
            f'if [[ "$funcstack[1]" == "{function}" ]]; then {function} "$@"; '
            f"else compdef {function} {PROG}; fi",
            "",
        ]
    )


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser``'s program for ``shell`` (``bash`` or ``zsh``)."""
    return _zsh(parser) if shell == "zsh" else _bash(parser)
