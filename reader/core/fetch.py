"""Open a web page by its address: http(s) only, with a time limit and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from http.client import HTTPException
from urllib.parse import urlsplit

from reader.core.document import Article, LoadError, article_from_bytes

#: Pages above this size are refused (a news article is rarely above 5 MB of HTML).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
_CHUNK = 64 * 1024
_USER_AGENT = "EntityReader/0.1 (+https://example.invalid/entity-reader)"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): never to ftp, file or anything else."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            raise urllib.error.URLError(f"redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _kind(content_type: str) -> str:
    media = content_type.split(";", 1)[0].strip().lower()
    if media in {"text/html", "application/xhtml+xml"}:
        return "html"
    if media in {"text/markdown", "text/x-markdown"}:
        return "markdown"
    return ""


def fetch_url(
    url: str, timeout: float = 10.0, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Download ``url`` and open it as an article; the source is the URL.

    The format comes from the bytes (a PDF link opens as a PDF), then from the
    server's content type.

    Raises:
        LoadError: not an http(s) address, unreachable, too slow, too large, or not
            a document.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise LoadError(
            f"{url} is not a web address (only http:// and https:// can be opened)."
        )
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*;q=0.8"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise LoadError(
                    f"{url} is {int(declared) / 1e6:.1f} MB, above the {max_bytes / 1e6:.1f} MB limit for one page."
                )
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise LoadError(
                        f"{url} is larger than the {max_bytes / 1e6:.1f} MB limit for one page."
                    )
                chunks.append(chunk)
            hint = _kind(response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        raise LoadError(
            f"{url} could not be opened: the server answered {exc.code} {exc.reason}."
        ) from None
    except urllib.error.URLError as exc:
        raise LoadError(f"{url} could not be opened: {exc.reason}.") from None
    except TimeoutError:
        raise LoadError(f"{url} did not answer within {timeout:g} s.") from None
    except (OSError, HTTPException, ValueError) as exc:
        raise LoadError(
            f"{url} could not be downloaded ({type(exc).__name__}: {exc})."
        ) from None
    return article_from_bytes(b"".join(chunks), url, hint)
