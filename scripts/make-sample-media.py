#!/usr/bin/env python3
"""Draw the photos, flyers and forms of the sample content.

    python3 scripts/make-sample-media.py [--content DIR]

Every picture is drawn here from shapes and text (nothing is copied from
elsewhere): activity "photos" as flat illustrations, flyers with Japanese
text, a map, a diagram as hand-written SVG, a Word form written as the
minimal Office Open XML package. Needs Pillow (`pip install pillow`) and a
Japanese font (Debian's fonts-ipafont-gothic); the files are committed, so
the build and the tests need neither. Run it again only to change them.
"""
import argparse
import time
import os
import zipfile

from PIL import Image, ImageDraw, ImageFont

# Fixed dates in the PDFs' information, so the same script writes the same bytes.
PDF_DATES = {"creationDate": time.gmtime(1793491200), "modDate": time.gmtime(1793491200)}
FONT_PATHS = ["/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
              "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"]


def font(size):
    for path in FONT_PATHS:
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    raise SystemExit("no Japanese font: apt-get install fonts-ipafont-gothic")


def person(d, x, y, scale, shirt, skin=(244, 205, 170), hat=None):
    """A simple standing figure whose feet are at (x, y)."""
    s = scale
    d.rectangle([x - 14 * s, y - 70 * s, x + 14 * s, y - 25 * s], fill=shirt)
    d.rectangle([x - 12 * s, y - 25 * s, x - 3 * s, y], fill=(70, 70, 90))
    d.rectangle([x + 3 * s, y - 25 * s, x + 12 * s, y], fill=(70, 70, 90))
    d.ellipse([x - 12 * s, y - 96 * s, x + 12 * s, y - 72 * s], fill=skin)
    if hat:
        d.pieslice([x - 14 * s, y - 104 * s, x + 14 * s, y - 76 * s], 180, 360, fill=hat)


def tree(d, x, y, h, leaf=(70, 140, 70)):
    d.rectangle([x - h * 0.05, y - h * 0.4, x + h * 0.05, y], fill=(120, 85, 50))
    d.ellipse([x - h * 0.3, y - h, x + h * 0.3, y - h * 0.35], fill=leaf)


def shokudo(path):
    """こども食堂: children and volunteers at a long table with bowls."""
    im = Image.new("RGB", (1200, 800), (255, 240, 214))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 520, 1200, 800], fill=(222, 196, 160))
    d.rectangle([80, 80, 420, 300], fill=(200, 230, 250), outline=(150, 120, 90), width=8)
    for i, (x, shirt) in enumerate([(200, (230, 90, 80)), (360, (90, 150, 220)), (520, (250, 200, 60)),
                                   (680, (120, 190, 120)), (840, (200, 120, 200)), (1000, (240, 140, 60))]):
        person(d, x, 505, 1.6 if i % 2 else 1.3, shirt)
    d.rectangle([100, 500, 1100, 560], fill=(170, 120, 80))
    for x in range(180, 1080, 160):
        d.ellipse([x - 40, 470, x + 40, 510], fill=(255, 255, 255), outline=(200, 80, 60), width=4)
        d.ellipse([x - 28, 462, x + 28, 486], fill=(250, 250, 240))
    im.save(path, "JPEG", quality=72, optimize=True)


def menu(path):
    """The day's menu card, with Japanese text."""
    im = Image.new("P", (640, 400), 0)
    im.putpalette([255, 252, 240, 120, 70, 40, 230, 120, 60, 90, 140, 90] + [0] * 756)
    d = ImageDraw.Draw(im)
    d.rectangle([12, 12, 627, 387], outline=2, width=6)
    d.text((40, 36), "きょうのメニュー", font=font(44), fill=1)
    for i, line in enumerate(["カレーライス", "やさいのサラダ", "りんごゼリー"]):
        d.ellipse([48, 130 + i * 80, 72, 154 + i * 80], fill=3)
        d.text((92, 120 + i * 80), line, font=font(38), fill=1)
    im.save(path, "PNG", optimize=True)


def mori(path):
    """里山の手入れ: trees, a sun and volunteers with tools."""
    im = Image.new("RGB", (1200, 800), (214, 236, 250))
    d = ImageDraw.Draw(im)
    d.ellipse([960, 60, 1100, 200], fill=(250, 210, 80))
    d.rectangle([0, 560, 1200, 800], fill=(130, 180, 100))
    for x, h in [(120, 420), (300, 520), (520, 460), (760, 560), (1000, 480)]:
        tree(d, x, 600, h, leaf=(60 + x % 50, 130 + x % 40, 70))
    for x in (420, 640, 880):
        person(d, x, 700, 1.4, (220, 120, 60), hat=(240, 240, 240))
    im = im.quantize(colors=24)
    im.save(path, "PNG", optimize=True)


def choir(path):
    """合唱団の演奏会: three rows of singers before a conductor."""
    im = Image.new("RGB", (1200, 800), (60, 50, 90))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 600, 1200, 800], fill=(140, 90, 60))
    for row, (y, n) in enumerate([(420, 9), (500, 10), (590, 11)]):
        for i in range(n):
            x = 90 + i * (1020 / (n - 1))
            person(d, x, y, 1.2, (30, 30, 40) if (i + row) % 2 else (240, 240, 245))
    person(d, 600, 780, 1.8, (20, 20, 30))
    im.save(path, "WEBP", quality=60, method=6)


def kunren(path):
    """防災訓練: people in helmets by a tent and a big pot."""
    im = Image.new("RGB", (1200, 800), (225, 238, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 540, 1200, 800], fill=(190, 180, 160))
    d.polygon([(620, 300), (960, 300), (1040, 560), (540, 560)], fill=(230, 230, 235))
    d.polygon([(600, 300), (980, 300), (1020, 360), (560, 360)], fill=(40, 100, 180))
    d.ellipse([180, 470, 380, 560], fill=(90, 90, 100))
    d.rectangle([200, 430, 360, 510], fill=(120, 120, 130))
    for x in (110, 440, 700, 860):
        person(d, x, 640, 1.5, (240, 140, 40), hat=(250, 250, 250))
    im.save(path, "JPEG", quality=70, optimize=True)


def flyer_page(title, lines, accent):
    """An A4 page (100 dpi) with a title band and lines of text."""
    im = Image.new("RGB", (827, 1169), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 827, 230], fill=accent)
    d.text((50, 60), title, font=font(64), fill=(255, 255, 255))
    y = 290
    for line in lines:
        size = 40 if line.startswith("■") else 32
        d.text((60, y), line, font=font(size), fill=(40, 40, 40))
        y += size + 30
    d.rectangle([0, 1110, 827, 1169], fill=accent)
    return im


def bosai_flyer(path):
    im = flyer_page("りんどう台 防災訓練", [
        "■ 日時", "2026年12月6日（日）9:00〜11:30",
        "■ 会場", "りんどう台集会所・りんどう台公園",
        "■ 内容", "安否確認訓練／防災倉庫の点検／炊き出し体験",
        "■ 持ち物", "「無事です」タオル、軍手、飲み物",
        "申し込みは不要です。どなたでもどうぞ。",
    ], (200, 70, 50))
    im.save(path, "PDF", resolution=100, quality=55, **PDF_DATES)


def boshu_yoko(path):
    im = flyer_page("市民活動支援補助金", [
        "■ 対象", "市内で公益的な活動をする団体の事業",
        "■ 補助額", "5万円〜50万円（補助率 2/3）",
        "■ 受付期間", "2027年1月5日〜2月12日",
        "■ 審査", "公開プレゼンテーション（3月上旬）",
        "■ 問い合わせ", "さくら野市 市民協働課",
    ], (40, 110, 160))
    im.save(path, "PDF", resolution=100, quality=55, **PDF_DATES)


def concert_poster(path):
    """春のコンサート: cherry blossoms and notes on a night sky, as a GIF."""
    im = Image.new("P", (800, 500), 0)
    im.putpalette([30, 40, 80, 250, 190, 210, 240, 240, 235, 200, 90, 130] + [0] * 756)
    d = ImageDraw.Draw(im)
    for i, (x, y) in enumerate([(120, 90), (260, 200), (430, 70), (560, 260), (700, 120), (180, 360), (620, 400)]):
        for k in range(5):
            dx, dy = [(0, -18), (17, -6), (11, 15), (-11, 15), (-17, -6)][k]
            d.ellipse([x + dx - 14, y + dy - 14, x + dx + 14, y + dy + 14], fill=1)
        d.ellipse([x - 8, y - 8, x + 8, y + 8], fill=3)
    for x, y in [(330, 330), (470, 380), (380, 200)]:
        d.ellipse([x - 16, y - 12, x + 16, y + 12], fill=2)
        d.rectangle([x + 12, y - 80, x + 17, y], fill=2)
    im.save(path, "GIF", optimize=True)


def bosai_map(path):
    """The way from the bus stop to the hall, as a simple map."""
    im = Image.new("P", (800, 560), 0)
    im.putpalette([246, 244, 236, 255, 255, 255, 120, 170, 110, 200, 70, 50, 60, 60, 60] + [0] * 753)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 250, 800, 310], fill=1)
    d.rectangle([480, 0, 540, 560], fill=1)
    d.rectangle([560, 330, 780, 540], fill=2)
    d.rectangle([560, 60, 760, 220], fill=3)
    d.text((580, 120), "集会所", font=font(40), fill=1)
    d.text((572, 414), "りんどう台公園", font=font(28), fill=4)
    d.ellipse([60, 200, 100, 240], fill=3)
    d.text((40, 160), "バス停", font=font(28), fill=4)
    im.save(path, "PNG", optimize=True)


def gakushu(path):
    """さくら川の環境学習: children with nets by a river."""
    im = Image.new("RGB", (1200, 800), (214, 236, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 380, 1200, 800], fill=(120, 180, 100))
    d.polygon([(0, 520), (1200, 460), (1200, 640), (0, 720)], fill=(90, 150, 210))
    for x in (200, 420, 700, 950):
        person(d, x, 560 if x < 600 else 540, 1.2, (250, 200, 60), hat=(250, 240, 120))
        d.line([x + 20, 480, x + 90, 600], fill=(100, 70, 40), width=6)
        d.ellipse([x + 70, 590, x + 120, 630], outline=(250, 250, 250), width=4)
    im.save(path, "JPEG", quality=70, optimize=True)


FLOW_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 200" width="720" height="200">
  <title>環境学習プログラムの流れ</title>
  <defs>
    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
      <path d="M0 0 L10 5 L0 10 z" fill="#2f6f4f"/>
    </marker>
  </defs>
  <g font-family="sans-serif" font-size="22" text-anchor="middle">
    <rect x="10" y="60" width="190" height="80" rx="12" fill="#e4f2e8" stroke="#2f6f4f" stroke-width="3"/>
    <text x="105" y="108">事前の授業</text>
    <rect x="265" y="60" width="190" height="80" rx="12" fill="#e4f2e8" stroke="#2f6f4f" stroke-width="3"/>
    <text x="360" y="108">川での観察</text>
    <rect x="520" y="60" width="190" height="80" rx="12" fill="#e4f2e8" stroke="#2f6f4f" stroke-width="3"/>
    <text x="615" y="108">結果の発表</text>
    <line x1="200" y1="100" x2="262" y2="100" stroke="#2f6f4f" stroke-width="4" marker-end="url(#arrow)"/>
    <line x1="455" y1="100" x2="517" y2="100" stroke="#2f6f4f" stroke-width="4" marker-end="url(#arrow)"/>
  </g>
</svg>
"""


def og_image(path):
    """The site's picture for shared links: the centre's colours and name."""
    im = Image.new("P", (1200, 630), 0)
    im.putpalette([40, 110, 90, 255, 255, 255, 250, 210, 80] + [0] * 759)
    d = ImageDraw.Draw(im)
    d.ellipse([900, 330, 1300, 730], fill=2)
    d.text((90, 220), "さくら野市", font=font(72), fill=1)
    d.text((90, 320), "市民活動センター", font=font(96), fill=1)
    im.save(path, "PNG", optimize=True)


def word_form(path, title, lines):
    """A minimal .docx (Office Open XML) with a title and lines to fill in."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in [title, ""] + lines)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}</w:body></w:document>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            # A fixed date, so the same script writes the same bytes.
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", default=os.path.join(os.path.dirname(__file__), "..", "content"))
    args = parser.parse_args()
    c = args.content

    def at(*parts):
        path = os.path.join(c, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    shokudo(at("cases", "2022-kodomo-shokudo-network", "shokudo.jpg"))
    menu(at("cases", "2022-kodomo-shokudo-network", "menu.png"))
    mori(at("groups", "midori-no-mori", "teire.png"))
    choir(at("groups", "harmony-gasshodan", "ensokai.webp"))
    kunren(at("events", "2026-12-rindodai-bosai-kunren", "kunren.jpg"))
    bosai_flyer(at("events", "2026-12-rindodai-bosai-kunren", "チラシ.pdf"))
    bosai_map(at("events", "2026-12-rindodai-bosai-kunren", "map.png"))
    concert_poster(at("events", "2026-03-harmony-haru-concert", "poster.gif"))
    boshu_yoko(at("grants", "sakurano-shimin-katsudo-hojokin-2027", "募集要項.pdf"))
    word_form(at("grants", "sakurano-shimin-katsudo-hojokin-2027", "申請書.docx"),
              "さくら野市市民活動支援補助金 申請書",
              ["団体名：", "代表者名：", "連絡先：", "事業名：", "事業の内容：", "必要な経費：", "申請額："])
    gakushu(at("cases", "2024-sakuragawa-kankyo-gakushu", "kansatsu.jpg"))
    with open(at("cases", "2024-sakuragawa-kankyo-gakushu", "nagare.svg"), "w", encoding="utf-8") as f:
        f.write(FLOW_SVG)
    og_image(at("site-image.png"))


if __name__ == "__main__":
    main()
