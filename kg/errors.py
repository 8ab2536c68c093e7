"""Exceptions raised by the library; the CLI alone turns them into messages and exit codes."""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error affect-kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input file cannot be read as any paper source."""

    exit_code = 2

    def __init__(self, path: str, line: int | None, message: str, *, code: int | None = None) -> None:
        self.path, self.line, self.message = str(path), line, message
        if code is not None:
            self.exit_code = code
        super().__init__(self.location() + ": " + message)

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class MissingInput(InputError):
    """The path does not exist."""

    exit_code = 3


class NotAFile(InputError):
    """The path is a directory or something else that is not a regular file."""

    exit_code = 4


class BinaryInput(InputError):
    """The file holds binary data, not text."""

    exit_code = 5


class EmptyInput(InputError):
    """The file holds no text, or no paper."""

    exit_code = 6


class UnknownFormat(InputError):
    """The file is text, but in no format a reader knows."""

    exit_code = 7


class MalformedInput(InputError):
    """The file is in a known format but broken (bad JSON line, unbalanced BibTeX braces...)."""

    exit_code = 8


class StrictFailure(KGError):
    """--strict was given and some input had a problem."""

    exit_code = 9


class GraphFileError(KGError):
    """A built graph could not be read."""

    exit_code = 10


class QueryError(KGError):
    """A SPARQL query could not be parsed or run, or a named query is unknown."""

    exit_code = 11


class NotFound(KGError):
    """A dataset or paper named by the user is not in the graph."""

    exit_code = 1


class EndpointError(KGError):
    """A SPARQL endpoint did not answer, or answered with an error."""

    exit_code = 12
