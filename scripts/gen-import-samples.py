#!/usr/bin/env python3
"""Make the spreadsheets the import is tried on: a group list as a centre's
staff keep it in Excel and save it as 「CSV (コンマ区切り)」 (CP932, CRLF), with
the usual mess, and a sample in the layout of the NPO portal's CSV.

  python3 scripts/gen-import-samples.py messy --rows 400 --out groups.csv
      prints a JSON object: {"bad": {line: reason}, "repeated": [line], "good": n}
  python3 scripts/gen-import-samples.py messy --rows 10000 --clean --out big.csv
      no bad rows (for the benchmark)
  python3 scripts/gen-import-samples.py portal --out npo-portal-sample.csv

The mess: a title row above the headers; cells left empty under a merged
cell (組織形態); full-width digits (会員数 ２８名, 電話 ０００-…); fields
written with 「、」, names or numbers; cells with commas, quotes and line
breaks; CP932-only characters (①, ㈱, ～); trailing empty columns; empty
rows; one row pasted twice; a column the import does not know (備考).
Every tenth row or so is bad in a way the import must report at its cell.
The data is made up; the generator is deterministic (a fixed seed).
"""
import argparse
import json
import random
import sys

FIELDS = ["保健・医療・福祉", "社会教育", "まちづくり", "学術・文化・芸術・スポーツ", "環境保全", "災害救援", "地域安全",
          "人権・平和", "国際協力", "男女共同参画", "子ども", "情報化社会", "科学技術", "経済活動", "職業能力・雇用",
          "消費者保護", "NPO支援"]
TYPES = ["任意団体", "NPO法人", "認定NPO法人", "ボランティア団体", "自治会・町内会", "一般社団法人"]
WORDS = [("さくら", "さくら"), ("みどり", "みどり"), ("ひかり", "ひかり"), ("あおぞら", "あおぞら"), ("ふれあい", "ふれあい"),
         ("子ども", "こども"), ("食堂", "しょくどう"), ("の会", "のかい"), ("ネット", "ねっと"), ("クラブ", "くらぶ"),
         ("防災", "ぼうさい"), ("読書", "どくしょ"), ("見守り", "みまもり"), ("広場", "ひろば"), ("サロン", "さろん")]
AREAS = ["本町地区", "川端地区", "山手地区", "若葉台地区", "西浜地区"]
HEADERS = ["団体名", "ふりがな", "組織形態", "活動分野", "活動地域", "代表者", "設立", "会員数", "電話", "メール",
           "ホームページ", "所在地", "活動内容", "備考", "", ""]


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


def row_for(i, rng):
    name_words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(3)]
    title = "".join(w for w, _ in name_words) + str(i)
    kana = "".join(k for _, k in name_words) + ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"][i % 10] + "ごう" * (i // 10 % 3)
    fields = rng.sample(range(17), rng.randint(1, 3))
    written = "、".join(FIELDS[f] if rng.random() < 0.6 else str(f + 1) for f in fields)
    members = str(rng.randint(5, 300))
    return {
        "団体名": title, "ふりがな": kana, "組織形態": TYPES[i % len(TYPES)], "活動分野": written,
        "活動地域": AREAS[i % len(AREAS)], "代表者": "代表 太郎" if i % 3 else "",
        "設立": str(1990 + i % 35), "会員数": fullwidth(members) + "名" if i % 4 == 0 else members,
        "電話": fullwidth("000-555-%04d" % i) if i % 5 == 0 else "000-555-%04d" % i,
        "メール": "info%d@example.jp" % i, "ホームページ": "https://example.jp/g%d/" % i if i % 2 else "",
        "所在地": "さくら野市本町%d丁目%d番" % (i % 9 + 1, i % 20 + 1),
        "活動内容": "毎月第%d土曜日に集まっています。\n会場は市民活動センター、会議室①です。" % (i % 4 + 1) if i % 6 == 0
                    else "地域の%s活動をしています（㈱さくら協賛）。" % FIELDS[fields[0]],
        "備考": "" if i % 7 else "連絡は夜に",
        "": "",
    }


def quote(cell):
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def messy(rows, clean, out):
    rng = random.Random(12)
    lines = ["令和8年度 さくら野市 登録団体一覧（センター作成）" + "," * (len(HEADERS) - 1), ",".join(HEADERS)]
    bad, repeated = {}, []
    good = 0
    line = 3
    for i in range(1, rows + 1):
        cells = row_for(i, rng)
        reason = None
        if not clean:
            if i % 10 == 3:
                cells["組織形態"] = ""  # under a merged cell
                reason = "empty type (merged cell)"
            elif i % 10 == 7:
                cells["活動分野"] = cells["活動分野"] + "、こども食堂"
                reason = "unknown field"
            elif i % 50 == 25:
                cells["会員数"] = "約" + fullwidth("30") + "名"
                reason = "uncertain number"
        text = ",".join(quote(cells[h]) for h in HEADERS)
        lines.append(text)
        this_line = line
        line += 1 + text.count("\n")
        if reason:
            bad[this_line] = reason
        else:
            good += 1
        if not clean and i == rows // 2:
            lines.append(text)  # pasted twice
            repeated.append(line)
            line += 1 + text.count("\n")
        if not clean and i % 40 == 0:
            lines.append("," * (len(HEADERS) - 1))  # an empty row
            line += 1
    # Records end in CRLF; line breaks inside quoted cells stay LF, as Excel writes them.
    data = "\r\n".join(lines) + "\r\n"
    with open(out, "wb") as f:
        f.write(data.encode("cp932"))
    json.dump({"bad": bad, "repeated": repeated, "good": good, "rows": rows}, sys.stdout, ensure_ascii=False)
    print()


PORTAL_HEADERS = (["法人名称", "法人名称カナ", "所轄庁", "権限移譲先市町村", "主たる事務所の所在地", "主たる事業所の郵便番号",
                   "従たる事務所の所在地", "代表者氏名", "団体代表者名（フリガナ）", "法人設立認証年月日", "設立年月日",
                   "定款に記載された目的"]
                  + ["活動分野" + "".join(chr(ord(c) + 0xFEE0) for c in str(n)) for n in range(1, 21)]
                  + ["認定（認定・特例認定１）", "認定（認定・特例認定２）", "認定（認定・特例認定３）", "認定（認定・特例認定４）",
                     "認定（PST基準１）", "認定（PST基準２）", "認定（PST基準３）", "認定（PST基準 条例指定（都道府県及び市区町村名））",
                     "認定（認定開始日）", "認定（認定満了日）", "認定（認定取消日）", "認定（特例認定年月日）", "認定（特例認定満了日）",
                     "認定（特例認定取消日）", "監督情報", "解散情報", "法人情報URL", "法人番号", "条例個別指定フラグ",
                     "特定非営利活動に係る事業", "その他の事業", "事業年度開始日", "事業年度終了日",
                     "条例個別指定：有効期間(開始日)", "条例個別指定：有効期間(満了日)", "条例個別指定：有効期限（更新申請日)",
                     "条例個別指定：有効期限（更新日)", "条例個別指定：有効期限（条例個別指定：取消日)"])


def portal(out):
    def row(name, kana, address, rep, founded, purpose, marks, certified, number, business):
        cells = dict.fromkeys(PORTAL_HEADERS, "")
        cells.update({"法人名称": name, "法人名称カナ": kana, "所轄庁": "みどり県", "主たる事務所の所在地": address,
                      "主たる事業所の郵便番号": "000-0012", "代表者氏名": rep, "法人設立認証年月日": founded,
                      "設立年月日": founded, "定款に記載された目的": purpose, "法人番号": number,
                      "特定非営利活動に係る事業": business, "事業年度開始日": "04/01", "事業年度終了日": "03/31"})
        for n in marks:
            cells["活動分野" + "".join(chr(ord(c) + 0xFEE0) for c in str(n))] = "○"
        if certified:
            cells["認定（認定・特例認定%s）" % chr(ord("0") + 0xFEE0 + certified)] = "○"
            cells["認定（認定開始日）"] = "2020/04/01"
        return ",".join(quote(cells[h]) for h in PORTAL_HEADERS)
    lines = [",".join(quote(h) for h in PORTAL_HEADERS),
             row("特定非営利活動法人さくら野まちづくり協議会", "サクラノマチヅクリキョウギカイ", "さくら野市本町一丁目2番3号",
                 "山田 花子", "2003/05/12", "この法人は、さくら野市のまちづくりと観光の振興に寄与することを目的とする。",
                 [3, 4, 5, 20], 1, "6999005001203", "（1）まち歩き事業\n（2）観光案内事業"),
             row("特定非営利活動法人みどりの子ども応援団", "ミドリノコドモオウエンダン", "さくら野市川端3-4-5",
                 "佐藤 一郎", "2022/10/03", "この法人は、子どもの健全育成を図る活動を行う。",
                 [1, 13], 2, "", "子ども食堂の運営")]
    with open(out, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp932"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["messy", "portal"])
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.what == "messy":
        messy(args.rows, args.clean, args.out)
    else:
        portal(args.out)


if __name__ == "__main__":
    main()
