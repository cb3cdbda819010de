"""Ways a signed report gets damaged or forged, applied to the bytes of a real exported report.

Byte flips are aimed with pyHanko's own reading of the file (where the page content, the
embedded survey.json, the certificate and the signature value lie), so each case hits what its
name says; incremental updates are written the way a PDF editor would write them.
"""

from __future__ import annotations

import io
import re

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from fieldapp.report.signing import device_signer


def flip_byte(pdf: bytes, offset: int) -> bytes:
    changed = bytearray(pdf)
    changed[offset] ^= 0x01
    return bytes(changed)


def flip_hex_digit(pdf: bytes, offset: int) -> bytes:
    """Change one hex digit of the signature's /Contents to another hex digit."""
    changed = bytearray(pdf)
    changed[offset] = ord("1") if changed[offset] != ord("1") else ord("2")
    return bytes(changed)


def _stream_start(pdf: bytes, object_number: int) -> int:
    found = re.search(rb"(?:^|[\r\n])%d 0 obj" % object_number, pdf)
    assert found, f"object {object_number} not found"
    keyword = re.compile(rb"stream\r?\n").search(pdf, found.end())
    assert keyword, f"object {object_number} has no stream"
    return keyword.end()


def page_content_offset(pdf: bytes) -> int:
    """An offset inside the first page's content stream."""
    reader = PdfFileReader(io.BytesIO(pdf))
    page = reader.root["/Pages"]["/Kids"][0]
    contents = page.raw_get("/Contents")
    if isinstance(contents, generic.ArrayObject):
        contents = contents[0]
    return _stream_start(pdf, contents.idnum) + 40


def survey_json_offset(pdf: bytes) -> int:
    """An offset inside the embedded survey.json's (compressed) stream."""
    reader = PdfFileReader(io.BytesIO(pdf))
    entries = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    stream = entries[1]["/EF"].raw_get("/F")
    return _stream_start(pdf, stream.idnum) + 20


def _signature_contents(pdf: bytes) -> tuple[int, bytes, object]:
    """Where the /Contents hex digits start, their decoded bytes, and the signature."""
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    _, first_end, second_start, _ = signature.byte_range
    digits_start = first_end + 1  # after '<'
    decoded = bytes.fromhex(pdf[digits_start : second_start - 1].decode())
    return digits_start, decoded, signature


def certificate_offset(pdf: bytes) -> int:
    """A hex digit inside the signer's certificate (in its public key)."""
    digits_start, decoded, signature = _signature_contents(pdf)
    certificate = signature.signed_data["certificates"][0].chosen.dump()
    at = decoded.index(certificate)
    return digits_start + 2 * (at + len(certificate) // 2)


def signature_value_offset(pdf: bytes) -> int:
    """A hex digit inside the signature value itself."""
    digits_start, decoded, signature = _signature_contents(pdf)
    value = signature.signer_info["signature"].native
    at = decoded.index(value)
    return digits_start + 2 * (at + len(value) // 2)


def signature_contents_zeroed(pdf: bytes) -> bytes:
    """The signature's /Contents replaced by zeros of the same length: not CMS at all."""
    digits_start, decoded, _ = _signature_contents(pdf)
    length = 2 * len(decoded)
    return pdf[:digits_start] + b"0" * length + pdf[digits_start + length :]


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def swap_survey_json(pdf: bytes, forged: bytes) -> bytes:
    """A later revision pointing the embedded file at other data."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    spec = writer.root["/Names"]["/EmbeddedFiles"]["/Names"][1]
    stream = generic.StreamObject(
        dict_data={generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")},
        stream_data=forged,
    )
    reference = writer.add_object(stream)
    spec["/EF"]["/F"] = reference
    spec["/EF"]["/UF"] = reference
    writer.update_container(spec)
    return _written(writer)


def add_annotation(pdf: bytes, text: str) -> bytes:
    """A later revision adding a note annotation on the first page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page = writer.root["/Pages"]["/Kids"][0]
    note = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (100, 100, 120, 120)]
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject(text),
        }
    )
    page[generic.pdf_name("/Annots")] = generic.ArrayObject([writer.add_object(note)])
    writer.update_container(page)
    return _written(writer)


def change_document_info(pdf: bytes, title: str) -> bytes:
    """A later revision changing only the document information's title."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = writer.trailer["/Info"]
    info[generic.pdf_name("/Title")] = generic.TextStringObject(title)
    writer.update_container(info)
    return _written(writer)


def one_page_pdf(text: str = "report") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    page = io.BytesIO()
    canvas = Canvas(page)
    canvas.drawString(72, 720, text)
    canvas.save()
    return page.getvalue()


def signed_without_data(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> bytes:
    """A PDF signed by a genuine device key that carries no survey.json at all."""
    from pyhanko.sign import fields, signers

    out = io.BytesIO()
    signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="Signature", md_algorithm="sha256"),
        signer=device_signer(key, certificate),
        new_field_spec=fields.SigFieldSpec(sig_field_name="Signature"),
    ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(one_page_pdf())), output=out)
    return out.getvalue()
