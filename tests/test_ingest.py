"""Ingest of mixed sources: text, HTML, RSS/Atom feeds, WARC archives and JSON Lines, bad files included.

Every fixture is written into ``tmp_path`` by the test itself; nothing touches the network or the model.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventdesk.errors import InputError
from eventdesk.ingest import (
    INPUT_FORMATS,
    detect_format,
    read_feed,
    read_html,
    read_inputs,
    read_warc,
)
from eventdesk.models import Document

GORI = (
    "Russian troops attacked Georgian positions near Gori on Friday. The Georgian interior ministry said "
    "that artillery had shelled three villages during the night and that the roads to the town were closed."
)
TBILISI = (
    "Officials in Tbilisi accused Moscow of preparing a wider offensive. The Russian foreign ministry "
    "rejected the accusation and called on Georgia to withdraw its forces from the conflict zone."
)
BRUSSELS = (
    "The European Union urged both sides to respect the ceasefire. A spokesman in Brussels said that the "
    "union was ready to send monitors to the region as soon as the fighting had stopped."
)
ANKARA = (
    "Turkey offered to host talks between the two governments. The Turkish prime minister said that he "
    "had spoken with the leaders in Moscow and Tbilisi and that both of them were open to the idea."
)
GENEVA = (
    "Diplomats from Russia and Georgia met in Geneva on Wednesday. The mediators said that the meeting was "
    "difficult but that the delegations had agreed to meet again in the spring."
)
KYIV = (
    "Ukraine condemned the shelling of the villages near Gori. The Ukrainian president said that his "
    "government would send humanitarian aid to the people who had lost their homes in the fighting."
)


def html_page(
    title: str, *paragraphs: str, site: str | None = None, url: str | None = None, date: str | None = None
) -> str:
    """A news page with menus around the article, as a saved page looks."""
    meta = [f'<meta property="og:title" content="{title}">']
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if url:
        meta.append(f'<meta property="og:url" content="{url}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}">')
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{''.join(meta)}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Subscribe to our newsletter</footer></body></html>"
    )


def rss(*items: str, title: str = "Caucasus Wire") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://wire.example.org/</link><description>News</description>"
        f"{''.join(items)}</channel></rss>"
    )


def rss_item(title: str, link: str, *, description: str | None = None, date: str | None = None) -> str:
    parts = [f"<title>{title}</title>", f"<link>{link}</link>"]
    if description is not None:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    return f"<item>{''.join(parts)}</item>"


def atom(*entries: tuple[str, str, str, str]) -> str:
    """An Atom feed of (title, link, updated, html content) entries."""
    body = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{updated}</updated>'
        f'<content type="html"><![CDATA[{content}]]></content></entry>'
        for t, link, updated, content in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom Desk</title><id>urn:atom-desk</id><updated>2010-05-18T12:00:00Z</updated>{body}</feed>"
    )


def warc_bytes(
    records: list[tuple[str, str, bytes]], *, compress: bool = True, date: str = "2008-08-09T10:00:00Z"
) -> bytes:
    """A WARC of response records (uri, content type, body), with a request record before each, like a crawl."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for n, (uri, content_type, body) in enumerate(records):
        # fixed record ids: the archive is the same bytes on every run, so cut positions are reproducible
        request = writer.create_warc_record(
            uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"), length=18,
            warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{2 * n:012d}>"},
        )
        writer.write_record(request)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
        )
        response = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date,
                               "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{2 * n + 1:012d}>"},
        )
        writer.write_record(response)
    return buffer.getvalue()


def split(items: list[Document | InputError]) -> tuple[dict[str, Document], list[InputError]]:
    docs = {item.id: item for item in items if isinstance(item, Document)}
    return docs, [item for item in items if isinstance(item, InputError)]


def read_folder(folder: Path, **kwargs: object) -> tuple[dict[str, Document], list[InputError]]:
    return split(list(read_inputs([str(folder)], **kwargs)))  # type: ignore[arg-type]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with one source of every kind."""
    (tmp_path / "note.txt").write_text(GORI, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        html_page("Clashes near Gori", GORI, TBILISI, site="Caucasus Wire", date="2008-08-08"), encoding="utf-8"
    )
    (tmp_path / "linked.html").write_text(html_page("EU urges restraint", BRUSSELS), encoding="utf-8")
    (tmp_path / "wire.rss").write_text(
        rss(
            rss_item("EU urges restraint", "linked.html", date="Sat, 09 Aug 2008 08:00:00 GMT"),
            rss_item(
                "Turkey offers talks", "https://wire.example.org/turkey-talks",
                description=f"<p>{ANKARA}</p>", date="Sun, 10 Aug 2008 09:30:00 GMT",
            ),
        ),
        encoding="utf-8",
    )
    (tmp_path / "desk.atom").write_text(
        atom(("Talks in Geneva", "https://desk.example.com/geneva", "2008-10-15T12:00:00Z", f"<p>{GENEVA}</p>")),
        encoding="utf-8",
    )
    (tmp_path / "crawl.warc.gz").write_bytes(
        warc_bytes([
            ("https://news.example.net/kyiv", "text/html; charset=utf-8", html_page("Kyiv condemns", KYIV).encode()),
            ("https://news.example.net/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ])
    )
    (tmp_path / "docs.jsonl").write_text(
        json.dumps({"id": "jsonl-one", "text": TBILISI, "published": "2008-08-11"}) + "\n", encoding="utf-8"
    )
    (tmp_path / ".hidden.txt").write_text(GORI, encoding="utf-8")
    return tmp_path


def test_ingest_auto_reads_every_kind_in_a_mixed_folder(mixed: Path) -> None:
    docs, errors = read_folder(mixed, input_format="auto")
    assert errors == []
    turkey = next(d for d in docs.values() if d.title == "Turkey offers talks")
    geneva = next(d for d in docs.values() if d.title == "Talks in Geneva")
    kyiv = next(d for d in docs.values() if d.url == "https://news.example.net/kyiv")
    assert set(docs) == {"note", "page", "linked", turkey.id, geneva.id, kyiv.id, "jsonl-one"}
    assert docs["note"].text == GORI
    assert GORI in docs["page"].text and TBILISI in docs["page"].text
    assert "Subscribe" not in docs["page"].text and "Home" not in docs["page"].text
    assert docs["linked"].url == "linked.html" and docs["linked"].published == dt.date(2008, 8, 9)
    assert docs["linked"].publisher == "Caucasus Wire" and BRUSSELS in docs["linked"].text
    assert turkey.text == ANKARA and turkey.url == "https://wire.example.org/turkey-talks"
    assert turkey.published == dt.date(2008, 8, 10) and turkey.id.startswith("wire.example.org-")
    assert geneva.text == GENEVA and geneva.published == dt.date(2008, 10, 15) and geneva.publisher == "Atom Desk"
    assert KYIV in kyiv.text and kyiv.published == dt.date(2008, 8, 9)
    assert docs["jsonl-one"].published == dt.date(2008, 8, 11)


def test_ingest_text_default_walks_folders_with_auto(mixed: Path) -> None:
    docs, errors = read_folder(mixed)
    assert errors == [] and {"note", "page", "linked", "jsonl-one"} <= set(docs)


def test_ingest_text_format_still_reads_a_named_file_as_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(html_page("Clashes near Gori", GORI), encoding="utf-8")
    [doc] = read_inputs([str(path)], "text")
    assert isinstance(doc, Document) and doc.text.startswith("<!DOCTYPE html>")


def test_ingest_input_formats_are_exported() -> None:
    assert INPUT_FORMATS == ("auto", "text", "jsonl", "html", "feed", "warc")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"<html><body>text after all</body></html>", "text"),
        ("a.htm", b"anything", "html"),
        ("a.ndjson", b"{}", "jsonl"),
        ("a.atom", b"", "feed"),
        ("a.warc.gz", b"", "warc"),
        ("page", b"\xef\xbb\xbf  <!doctype HTML><html></html>", "html"),
        ("page", b"<html lang='en'><body></body></html>", "html"),
        ("feed", b'<?xml version="1.0"?>\n<rss version="2.0"></rss>', "feed"),
        ("feed", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("crawl", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("crawl", gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"), "warc"),
        ("lines", b'{"id": "x", "text": "France criticized Russia."}\n', "jsonl"),
        ("README", GORI.encode(), "text"),
        ("archive.gz", gzip.compress(GORI.encode()), "text"),
    ],
)
def test_ingest_detect_format_by_extension_then_content(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) == expected


def test_ingest_html_metadata_title_url_publisher_published() -> None:
    page = html_page(
        "Clashes near Gori", GORI, TBILISI, site="Caucasus Wire", url="https://wire.example.org/gori",
        date="2008-08-08T14:00:00+04:00",
    )
    doc = read_html(page.encode(), "saved/gori-clashes.html")
    assert doc.id == "gori-clashes"
    assert (doc.title, doc.url, doc.publisher, doc.published) == (
        "Clashes near Gori", "https://wire.example.org/gori", "Caucasus Wire", dt.date(2008, 8, 8)
    )
    assert GORI in doc.text and "newsletter" not in doc.text


def test_ingest_html_date_in_text_is_not_the_publication_date() -> None:
    doc = read_html(html_page("Talks", GENEVA, "They met on 15 October 2008 in the Palais des Nations."), "p.html")
    assert doc.published is None


def test_ingest_html_fetch_url_wins_and_gives_the_id() -> None:
    page = html_page("Clashes", GORI, url="https://mirror.example.org/x")
    doc = read_html(page, "crawl.warc", url="https://wire.example.org/gori")
    assert doc.url == "https://wire.example.org/gori"
    assert doc.id == read_html(page, "other.warc", url="https://wire.example.org/gori").id
    assert doc.id.startswith("wire.example.org-") and len(doc.id) == len("wire.example.org-") + 12


def test_ingest_user_published_wins_in_every_reader(tmp_path: Path) -> None:
    given = dt.date(2010, 5, 20)
    page = html_page("Clashes", GORI, date="2008-08-08")
    assert read_html(page, "p.html", published=given).published == given
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(rss_item("T", "https://x.example/t", description=ANKARA, date="Sun, 10 Aug 2008 09:30:00 GMT")))
    [item] = read_feed(feed, published=given)
    assert isinstance(item, Document) and item.published == given
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(warc_bytes([("https://x.example/p", "text/html", page.encode())], compress=False))
    [record] = read_warc(archive, published=given)
    assert isinstance(record, Document) and record.published == given
    docs, _ = read_folder(tmp_path, published=given)
    assert {d.published for d in docs.values()} == {given}


def test_ingest_html_without_text_is_an_error() -> None:
    page = "<!DOCTYPE html><html><head><title>Menu</title></head><body><script>var a = 1;</script></body></html>"
    with pytest.raises(InputError) as info:
        read_html(page, "empty.html")
    assert info.value.source == "empty.html"
    assert str(info.value).startswith("[E001] empty.html: no article text found in HTML")
    assert "--input-format text" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"<<<>>> <</", b"<html><body></body></html>"])
def test_ingest_malformed_html_yields_no_document(data: bytes) -> None:
    with pytest.raises(InputError, match="no article text found in HTML"):
        read_html(data, "bad.html")


def test_ingest_binary_file_with_html_extension_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    [error] = read_inputs([str(path)], "auto")
    assert isinstance(error, InputError) and error.source == str(path)
    assert error.reason.startswith("looks like a binary file, not HTML")


def test_ingest_feed_that_is_not_xml_names_file_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("this was supposed to be a feed but the download failed", encoding="utf-8")
    [error] = read_feed(path)
    assert isinstance(error, InputError) and error.source == str(path) and error.line is None
    assert error.reason.startswith("not a readable RSS or Atom feed (feedparser: ")
    assert "syntax error" in error.reason


def test_ingest_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    [error] = read_feed(path)
    assert isinstance(error, InputError) and "not an RSS or Atom feed" in error.reason


def test_ingest_feed_bad_entries_name_the_entry_and_the_rest_continue(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    path = tmp_path / "wire.rss"
    path.write_text(
        rss(
            rss_item("Turkey offers talks", "https://wire.example.org/turkey", description=ANKARA),
            rss_item("Link only", "https://wire.example.org/elsewhere"),
            rss_item("Empty page", "empty.html"),
            rss_item("Kyiv", "https://wire.example.org/kyiv", description=f"<p>{KYIV}</p>"),
        ),
        encoding="utf-8",
    )
    items = list(read_feed(path))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError", "Document"]
    link_only, empty = items[1], items[2]
    assert isinstance(link_only, InputError) and isinstance(empty, InputError)
    assert (link_only.source, link_only.line, empty.line) == (str(path), 2, 3)
    assert str(link_only).startswith(f"[E001] {path}:2: entry 2 ('Link only'): no text:")
    assert "'https://wire.example.org/elsewhere' is not a saved local file" in link_only.reason
    assert empty.reason.startswith(f"entry 3 ('Empty page'): linked file {tmp_path / 'empty.html'}: no article text")


def test_ingest_feed_reads_file_url_links_and_plain_text_files(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    html_file = tmp_path / "articles" / "gori.html"
    html_file.write_text(html_page("Gori", GORI, url="https://wire.example.org/gori"), encoding="utf-8")
    text_file = tmp_path / "articles" / "tbilisi.txt"
    text_file.write_text(TBILISI, encoding="utf-8")
    path = tmp_path / "wire.rss"
    path.write_text(
        rss(rss_item("Gori", html_file.as_uri()), rss_item("Tbilisi", "articles/tbilisi.txt")), encoding="utf-8"
    )
    docs, errors = split(list(read_feed(path)))
    assert errors == []
    assert docs["gori"].url == "https://wire.example.org/gori" and GORI in docs["gori"].text
    assert docs["tbilisi"].text == TBILISI and docs["tbilisi"].title == "Tbilisi"


def test_ingest_warc_skips_non_html_and_dates_pages_by_warc_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        warc_bytes(
            [
                ("https://a.example/gori", "text/html", html_page("Gori", GORI).encode()),
                ("https://a.example/style.css", "text/css", b"body { color: black; }"),
                ("https://a.example/dated", "text/html", html_page("Dated", TBILISI, date="2008-08-07").encode()),
            ],
            compress=False, date="2008-08-12T06:00:00Z",
        )
    )
    docs, errors = split(list(read_warc(path)))
    assert errors == []
    by_url = {d.url: d for d in docs.values()}
    assert set(by_url) == {"https://a.example/gori", "https://a.example/dated"}
    assert by_url["https://a.example/gori"].published == dt.date(2008, 8, 12)
    assert by_url["https://a.example/dated"].published == dt.date(2008, 8, 7)


def test_ingest_warc_record_without_text_names_its_uri(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_bytes([
            ("https://a.example/menu", "text/html", b"<html><body><nav>Home</nav></body></html>"),
            ("https://a.example/gori", "text/html", html_page("Gori", GORI).encode()),
        ])
    )
    error, doc = read_warc(path)
    assert isinstance(error, InputError) and isinstance(doc, Document)
    assert (error.source, error.line) == (str(path), 2)
    assert error.reason.startswith("record 2 (https://a.example/menu): no article text found in HTML")


@pytest.mark.parametrize("compress", [True, False])
def test_ingest_truncated_warc_reports_after_the_pages_before_it(tmp_path: Path, compress: bool) -> None:
    pages = [(f"https://a.example/{n}", "text/html", html_page(f"Page {n}", text).encode())
             for n, text in enumerate([GORI, TBILISI, BRUSSELS, ANKARA])]
    data = warc_bytes(pages, compress=compress)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(data[: int(len(data) * 0.66)])  # inside the third page's response record
    items = list(read_warc(path))
    docs, errors = split(items)
    assert len(docs) == 2 and items[-1] is errors[-1] and len(errors) == 1
    assert errors[0].source == str(path)
    assert errors[0].reason.startswith("WARC file is truncated or corrupt at record 6 (")
    assert "the 2 page(s) before it were read" in errors[0].reason and "re-download" in errors[0].reason


@pytest.mark.parametrize("cut", range(40, 1400, 61))
def test_ingest_warc_cut_anywhere_never_raises_and_ends_with_an_error(tmp_path: Path, cut: int) -> None:
    data = warc_bytes([("https://a.example/gori", "text/html", html_page("Gori", GORI).encode())] * 2)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:cut])
    items = list(read_warc(path))
    assert isinstance(items[-1], InputError) and items[-1].source == str(path)


def test_ingest_text_file_named_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text(GORI, encoding="utf-8")
    [error] = read_warc(path)
    assert isinstance(error, InputError) and error.reason.startswith("not a WARC file")


def test_ingest_malformed_files_are_reported_and_the_rest_of_the_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(GORI, encoding="utf-8")
    (tmp_path / "b_menu.html").write_text("<html><body><nav>Home | World</nav></body></html>", encoding="utf-8")
    (tmp_path / "c_photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "d_broken.rss").write_text("503 Service Unavailable", encoding="utf-8")
    data = warc_bytes([(f"https://a.example/{n}", "text/html", html_page("P", GORI).encode()) for n in range(4)])
    (tmp_path / "e_cut.warc.gz").write_bytes(data[: int(len(data) * 0.66)])
    (tmp_path / "f_good.html").write_text(html_page("EU", BRUSSELS), encoding="utf-8")
    docs, errors = read_folder(tmp_path)
    assert {d for d in docs if not d.startswith("a.example")} == {"a_good", "f_good"}
    assert sum(d.startswith("a.example") for d in docs) == 2
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons["b_menu.html"].startswith("no article text found in HTML")
    assert reasons["c_photo.html"].startswith("looks like a binary file, not HTML")
    assert reasons["d_broken.rss"].startswith("not a readable RSS or Atom feed")
    assert reasons["e_cut.warc.gz"].startswith("WARC file is truncated or corrupt")
    assert len(errors) == 4


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (html_page("Clashes near Gori", GORI).encode(), "Clashes near Gori"),
        (rss(rss_item("Turkey offers", "https://w.example/t", description=ANKARA)).encode(), "Turkey offers"),
        (warc_bytes([("https://a.example/g", "text/html", html_page("Warc page", GORI).encode())]), "Warc page"),
    ],
)
def test_ingest_stdin_auto_detects_the_kind(data: bytes, title: str) -> None:
    [doc] = read_inputs(["-"], "auto", stdin=io.BytesIO(data))
    assert isinstance(doc, Document) and doc.title == title


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_ingest_unicode_with_a_byte_order_mark_is_read_not_called_binary(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
           "utf-32-be": b"\x00\x00\xfe\xff", "utf-8": b"\xef\xbb\xbf"}[codec]
    text = "François Hollande criticized Russia. " + GORI
    record = json.dumps({"id": "j", "text": text}, ensure_ascii=False) + "\n"
    page = f"<html><head><title>T</title></head><body><article><p>{GORI}</p><p>{TBILISI}</p></article></body></html>"
    for name, content in (("a.txt", text), ("b.jsonl", record), ("c.html", page)):
        (tmp_path / name).write_bytes(bom + content.encode(codec))
    items = list(read_inputs([str(tmp_path)], "auto"))
    assert all(isinstance(i, Document) for i in items), items
    assert [i.text for i in items][:2] == [text, text]  # type: ignore[union-attr]
    assert "Gori" in items[2].text  # type: ignore[union-attr]
    stdin = list(read_inputs(["-"], "auto", stdin=io.BytesIO(bom + record.encode(codec))))
    assert [i.text for i in stdin] == [text]  # type: ignore[union-attr]


def test_ingest_utf16_without_a_mark_is_read_with_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(GORI.encode("utf-16-le"))
    [refused] = read_inputs([str(path)])
    assert isinstance(refused, InputError) and "binary" in refused.reason
    [read] = read_inputs([str(path)], encoding="utf-16-le")
    assert isinstance(read, Document) and read.text == GORI


def test_ingest_jsonl_lines_end_at_newline_only_and_errors_agree_for_files_and_stdin(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": "Russia attacked Georgia.\u2028France praised Germany.\rEnd."},
                      ensure_ascii=False)
    bad = '{"id": "b",\r "text": "x" oops}'
    data = (good + "\n" + bad + "\r\n").encode("utf-8")
    path = tmp_path / "d.jsonl"
    path.write_bytes(data)
    from_file = list(read_inputs([str(path)], "auto"))
    from_stdin = list(read_inputs(["-"], "jsonl", stdin=io.BytesIO(data)))
    for items in (from_file, from_stdin):
        assert len(items) == 2
        assert isinstance(items[0], Document) and "\u2028France" in items[0].text
        assert isinstance(items[1], InputError) and items[1].line == 2
    assert from_file[1].reason == from_stdin[1].reason == (  # type: ignore[union-attr]
        "malformed JSON (Expecting ',' delimiter at column 26)")


def test_ingest_repairs_mojibake_in_every_reader_and_leaves_real_accents(tmp_path: Path) -> None:
    """UTF-8 once read as Windows-1252 ("â€œnobody", "donâ€™t", a closing quote whose last byte was lost: "â€�")
    is read as the quotes it was; accented names ("São Tomé", "Zürich") are left as written."""
    clean = "\u201cNobody was arrested,\u201d said the officer in S\u00e3o Tom\u00e9. They don\u2019t know. " + GORI
    broken = clean.encode("utf-8").decode("cp1252", "replace")
    assert "\u00e2\u20ac\u0153" in broken and "\ufffd" in broken  # the mis-reading this test is about
    record = json.dumps({"id": "j", "text": broken}, ensure_ascii=False) + "\n"
    page = f"<html><head><title>T</title></head><body><article><p>{broken}</p><p>{TBILISI}</p></article></body></html>"
    for name, content in (("a.txt", broken), ("b.jsonl", record), ("c.html", page)):
        (tmp_path / name).write_text(content, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], "auto"))
    assert [i.text for i in items][:2] == [clean, clean]  # type: ignore[union-attr]
    assert clean.split(". ")[0] in items[2].text  # type: ignore[union-attr]
    accented = "Officials in S\u00e3o Tom\u00e9 and Z\u00fcrich met. " + GORI
    (tmp_path / "a.txt").write_text(accented, encoding="utf-8")
    assert next(iter(read_inputs([str(tmp_path / "a.txt")]))).text == accented  # type: ignore[union-attr]
    # an apostrophe a database dump escaped by doubling it is one apostrophe; a closing '' quote stays
    (tmp_path / "a.txt").write_text("fiji''s envoy met the ``new'' board. " + GORI, encoding="utf-8")
    assert next(iter(read_inputs([str(tmp_path / "a.txt")]))).text.startswith(  # type: ignore[union-attr]
        "fiji's envoy met the ``new'' board.")
