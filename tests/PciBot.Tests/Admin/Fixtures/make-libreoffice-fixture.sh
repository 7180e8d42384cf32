#!/usr/bin/env bash
# Makes plan-3225-libreoffice.docx: the seed plan (seeds/plan-3225-KH-STTTT-2023.json, units by the names in
# seeds/units.json) laid out as the Department's document, written as HTML and saved as .docx by LibreOffice Writer,
# so that its tables, merged cells and lists are the ones LibreOffice writes, not Word's.
#
# The HTML has: the heading table; section and sub-section titles and the general tasks a)… as ordered lists, so their
# numbers are list numbers and not text; the appendix with section and index rows spanning every column (colspan), the
# target cell merged down each index's tasks (rowspan), the STT column as list numbering that restarts in section B,
# "- " items as paragraphs of one cell, unit lists split by <br>, non-breaking spaces, and some cells in NFD.
#
# Needs python3 and LibreOffice Writer (Debian: libreoffice-writer-nogui). Run from anywhere; CI only reads the result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$root/seeds" "$work/plan-3225-libreoffice.html" <<'PY'
import html, json, sys, unicodedata
seeds, out = sys.argv[1], sys.argv[2]
plan = json.load(open(f"{seeds}/plan-3225-KH-STTTT-2023.json", encoding="utf-8"))
names = {u["code"]: u["name"] for u in json.load(open(f"{seeds}/units.json", encoding="utf-8"))["units"]}
h = plan["plan"]
e = html.escape

def nfd(text): return unicodedata.normalize("NFD", text)

y, m, d = h["issuedOn"].split("-")
title = h["title"]
cut = title.index(" của ")
subtitle = title[len("Kế hoạch "):cut]
dy, dm, dd = h["reportDeadline"].split("-")
parts = [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>',
    '<table width="100%"><tr><td><p align="center">SỞ THÔNG TIN VÀ TRUYỀN THÔNG<br><b>TỈNH KHÁNH HÒA</b></p></td>',
    '<td><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p align="center"><b>Độc lập - Tự do - Hạnh phúc</b></p></td></tr>',
    f'<tr><td><p align="center">Số:&nbsp;{e(h["number"])}</p></td><td><p align="center"><i>Khánh Hòa, ngày {d} tháng {m} năm {y}</i></p></td></tr></table>',
    '<p align="center"><b>KẾ HOẠCH</b></p>',
    f'<p align="center"><b>{e(subtitle[0].upper() + subtitle[1:])}</b></p>',
    f'<p align="center"><b>{e(title[cut + 1:])}</b></p>',
    f'<p>Thực hiện {e(h["basis"])}, Sở Thông tin và Truyền thông xây dựng Kế hoạch nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm {h["year"]} như sau:</p>',
    '<ol type="I"><li><b>MỤC TIÊU, YÊU CẦU</b></li></ol>',
    '<p>Triển khai hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế - xã hội của tỉnh.</p>',
    '<ol type="I" start="2"><li><b>NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN</b></li></ol>',
    '<ol type="1"><li><b>Nhiệm vụ, giải pháp chung</b></li></ol>',
    '<ol type="a">' + "".join(f"<li>{e(g['text'])}</li>" for g in plan["generalTasks"]) + "</ol>",
    f'<ol type="1" start="2"><li><b>Nhiệm vụ, giải pháp hành động trọng tâm năm {h["year"]}</b></li></ol>',
    '<p>(Chi tiết theo Phụ lục đính kèm)</p>',
    '<ol type="I" start="3"><li><b>TỔ CHỨC THỰC HIỆN</b></li></ol>',
    f'<p>Giao Văn phòng chủ trì theo dõi, tổng hợp, đánh giá kết quả hàng quý và tham mưu báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư trước ngày {int(dd)}/{int(dm)}/{dy}.</p>',
    '<table width="100%"><tr><td><p><b>Nơi nhận:</b></p><p>- Sở KH&amp;ĐT (VBĐT);</p><p>- Lưu: VT, VP.</p></td>',
    f'<td><p align="center"><b>{e(h["signerTitle"].upper())}</b></p><p></p><p align="center"><b>{e(h["signer"])}</b></p></td></tr></table>',
    '<p align="center" style="page-break-before: always"><b>Phụ lục</b></p>',
    f'<p align="center"><i>(Kèm theo Kế hoạch số {e(h["number"])} của Sở Thông tin và Truyền thông)</i></p>',
    '<table border="1" cellspacing="0" width="100%">',
    '<colgroup><col width="40"><col width="110"><col width="330"><col width="110"><col width="110"><col width="100"><col width="70"></colgroup>',
    '<thead><tr>' + "".join(f"<th>{t}</th>" for t in ["STT", "Chỉ tiêu phấn đấu", "Nhiệm vụ và giải pháp thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả/sản phẩm"]) + "</tr></thead><tbody>",
]
row = 0
for family, heading in (("PCI", "A. CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)"), ("PGI", "B. CHỈ SỐ XANH CẤP TỈNH (PGI)")):
    parts.append(f'<tr><td colspan="7"><b>{heading}</b></td></tr>')
    for number, index in enumerate((i for i in plan["indices"] if i["family"] == family), start=1):
        weight = ("%g" % index["weightPercent"])
        parts.append(f'<tr><td colspan="7"><b>{index["code"][2:]}. {e(index["name"].upper())} (TRỌNG SỐ {weight}%)</b></td></tr>')
        tasks = [t for t in plan["tasks"] if t["index"] == index["code"]]
        for k, task in enumerate(tasks):
            form = nfd if row % 3 == 1 else (lambda s: s)
            cells = [f'<td><ol start="{task["number"]}"><li></li></ol></td>']
            if k == 0:
                cells.append(f'<td rowspan="{len(tasks)}">{e(form(index["targetText"]))}</td>')
            lines = task["text"].split("\n")
            cells.append("<td>" + "".join(f"<p>{e(form(l))}</p>" for l in lines) + "</td>")
            lead = [e(form(names[c])) for c in task["lead"]]
            coordinating = [e(form(names[c])) for c in task["coordinating"]]
            cells.append("<td>" + ("<br>".join(lead) if row % 2 == 0 else ", ".join(lead)) + "</td>")
            cells.append("<td>" + ("".join(f"<p>{c}</p>" for c in coordinating) if row % 2 == 0 else "<br>".join(coordinating)) + "</td>")
            cells.append("<td>" + e(form(task["timeline"])).replace("Quý ", "Quý&nbsp;") + "</td><td></td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
            row += 1
parts.append("</tbody></table></body></html>")
open(out, "w", encoding="utf-8").write("\n".join(parts))
PY

profile="file://$work/profile"
soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$work" "$work/plan-3225-libreoffice.html" >/dev/null
cp "$work/plan-3225-libreoffice.docx" "$here/plan-3225-libreoffice.docx"
echo "wrote $here/plan-3225-libreoffice.docx"
