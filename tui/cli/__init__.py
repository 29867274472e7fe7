"""The command line: `meta-scale-tui [--corpus DIR] [--theme NAME]` and its subcommands.

Each subcommand is a module here with `register(subparsers)`; `main` lists them. `--help`,
`--version` and the non-interactive subcommands never import Textual.
"""
