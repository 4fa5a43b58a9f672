#!/usr/bin/env python3
"""Write a synthetic civicsite content folder for benchmarks.

    python3 scripts/generate-content.py --groups N --out DIR [--seed S] [--force]

Writes DIR/site.yml, the 17 fields (copied from the sample content/fields/),
N groups, N/2 events, N/10 grants, N/10 cases and 2 pages. Titles, summaries
and bodies are composed from vocabularies (places, activities, targets,
venues, sentence patterns), so the text is varied enough for search
benchmarks. Every reference points at an existing, published group, every
corporate number has a valid check digit, every kana reading is pure
hiragana or pure katakana, and the same seed always gives the same files.
The content follows docs/content-format.md and builds with no warning.
"""
import argparse
import datetime as dt
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE_FIELDS = os.path.join(HERE, "..", "content", "fields")
KINDS = ["groups", "fields", "events", "grants", "cases", "news", "pages"]
REFERENCE_DAY = dt.date(2026, 12, 1)

# (kanji, kana, romaji) — the 地区 of the fictional city.
PLACES = [
    ("本町", "ほんまち", "honmachi"), ("桜台", "さくらだい", "sakuradai"),
    ("若葉台", "わかばだい", "wakabadai"), ("川端", "かわばた", "kawabata"),
    ("緑ヶ丘", "みどりがおか", "midorigaoka"), ("西浜", "にしはま", "nishihama"),
    ("山手", "やまて", "yamate"), ("丘の上", "おかのうえ", "okanoue"),
    ("新田", "しんでん", "shinden"), ("港", "みなと", "minato"),
    ("中央", "ちゅうおう", "chuo"), ("東町", "ひがしまち", "higashimachi"),
    ("北原", "きたはら", "kitahara"), ("南台", "みなみだい", "minamidai"),
    ("梅林", "ばいりん", "bairin"), ("青葉", "あおば", "aoba"),
    ("旭", "あさひ", "asahi"), ("松ヶ枝", "まつがえ", "matsugae"),
    ("柳川", "やながわ", "yanagawa"), ("竹の内", "たけのうち", "takenouchi"),
    ("大橋", "おおはし", "ohashi"), ("泉", "いずみ", "izumi"),
    ("富士見", "ふじみ", "fujimi"), ("鶴見台", "つるみだい", "tsurumidai"),
    ("野田", "のだ", "noda"), ("原町", "はらまち", "haramachi"),
    ("睦", "むつみ", "mutsumi"), ("米山", "よねやま", "yoneyama"),
    ("和田", "わだ", "wada"), ("栄町", "さかえまち", "sakaemachi"),
    ("日の出", "ひので", "hinode"), ("千草", "ちぐさ", "chigusa"),
    ("寺町", "てらまち", "teramachi"), ("二葉", "ふたば", "futaba"),
    ("緑町", "みどりちょう", "midoricho"), ("浜田", "はまだ", "hamada"),
]
# Nicknames give names in every 五十音 row, ら and わ included.
NICKNAMES = [
    ("ひまわり", "ひまわり", "himawari"), ("たんぽぽ", "たんぽぽ", "tanpopo"),
    ("すみれ", "すみれ", "sumire"), ("あおぞら", "あおぞら", "aozora"),
    ("にじいろ", "にじいろ", "nijiiro"), ("わくわく", "わくわく", "wakuwaku"),
    ("ぽかぽか", "ぽかぽか", "pokapoka"), ("りんどう", "りんどう", "rindo"),
    ("れんげ", "れんげ", "renge"), ("らっこ", "らっこ", "rakko"),
    ("きらり", "きらり", "kirari"), ("つばさ", "つばさ", "tsubasa"),
    ("ゆめ", "ゆめ", "yume"), ("こもれび", "こもれび", "komorebi"),
    ("ほっと", "ほっと", "hotto"), ("まごころ", "まごころ", "magokoro"),
    ("るりいろ", "るりいろ", "ruriiro"), ("ろっか", "ろっか", "rokka"),
    ("なのはな", "なのはな", "nanohana"), ("えがお", "えがお", "egao"),
    ("ハーモニー", "ハーモニー", "harmony"), ("スマイル", "スマイル", "smile"),
    ("リーフ", "リーフ", "leaf"), ("ステップ", "ステップ", "step"),
    ("ブリッジ", "ブリッジ", "bridge"), ("ルーツ", "ルーツ", "roots"),
    ("ラポール", "ラポール", "rapport"), ("ワンダー", "ワンダー", "wonder"),
    ("ネクスト", "ネクスト", "next"), ("ユニゾン", "ユニゾン", "unison"),
    ("モアナ", "モアナ", "moana"), ("サニー", "サニー", "sunny"),
    ("ロータス", "ロータス", "lotus"), ("ヤマビコ", "ヤマビコ", "yamabiko"),
    ("レインボー", "レインボー", "rainbow"), ("オリーブ", "オリーブ", "olive"),
]
SUFFIXES = [
    ("の会", "のかい", "no-kai"), ("ネット", "ねっと", "net"), ("クラブ", "くらぶ", "club"),
    ("ひろば", "ひろば", "hiroba"), ("サークル", "さーくる", "circle"),
    ("応援団", "おうえんだん", "oendan"), ("プロジェクト", "ぷろじぇくと", "project"),
    ("研究会", "けんきゅうかい", "kenkyukai"), ("センター", "せんたー", "center"),
    ("の輪", "のわ", "no-wa"), ("ネットワーク", "ねっとわーく", "network"),
    ("協議会", "きょうぎかい", "kyogikai"), ("隊", "たい", "tai"), ("工房", "こうぼう", "kobo"),
    ("の家", "のいえ", "no-ie"), ("フレンズ", "ふれんず", "friends"),
]


class Theme:
    def __init__(self, kanji, kana, romaji, fields, acts, targets, tags, dept):
        self.kanji, self.kana, self.romaji = kanji, kana, romaji
        self.fields, self.acts, self.targets = fields, acts, targets
        self.tags, self.dept = tags, dept


T = Theme
THEMES = [
    T("子ども食堂", "こどもしょくどう", "kodomo-shokudo", ["children", "health-welfare"],
      ["子ども食堂の運営", "みんなで囲む夕ごはん", "宿題の見守り", "食育の体験", "お弁当の配布"],
      ["小中学生", "子育て家庭", "地域の子どもたち"], ["子ども食堂", "食育", "居場所づくり"], "子ども未来課"),
    T("学習支援", "がくしゅうしえん", "gakushu-shien", ["children", "social-education"],
      ["放課後の学習会", "高校受験の応援", "大学生との勉強会", "読書の習慣づくり"],
      ["中学生", "ひとり親家庭の子ども", "外国にルーツのある子ども"], ["学習支援", "居場所", "教育"], "子ども未来課"),
    T("子育てひろば", "こそだてひろば", "kosodate-hiroba", ["children", "gender-equality"],
      ["親子ひろばの運営", "子育て相談", "ベビーマッサージの講座", "先輩ママ・パパとの交流会"],
      ["乳幼児と保護者", "妊娠中の方", "子育て中の家族"], ["子育て支援", "親子ひろば", "産前産後"], "子ども未来課"),
    T("防災", "ぼうさい", "bosai", ["disaster-relief", "community-safety"],
      ["防災講座", "避難所運営の訓練", "家庭の備蓄の啓発", "防災マップづくり", "防災倉庫の点検"],
      ["地域の住民", "自治会の役員", "親子"], ["防災", "避難所", "備蓄"], "危機管理課"),
    T("災害ボランティア", "さいがいぼらんてぃあ", "saigai-volunteer", ["disaster-relief"],
      ["被災地での片付けの支援", "炊き出し", "災害ボランティアセンターの運営訓練", "支援物資の仕分け"],
      ["ボランティアに関心のある方", "高校生・大学生", "企業の社員"], ["災害ボランティア", "被災地支援", "炊き出し"], "危機管理課"),
    T("見守り", "みまもり", "mimamori", ["health-welfare", "community-safety"],
      ["ひとり暮らしの高齢者の訪問", "安否確認の声かけ", "おしゃべりサロン", "ごみ出しの手伝い"],
      ["ひとり暮らしの高齢者", "高齢者世帯", "地域の住民"], ["見守り", "高齢者", "孤立防止"], "高齢福祉課"),
    T("防犯パトロール", "ぼうはんぱとろーる", "bohan-patrol", ["community-safety", "children"],
      ["夜間の防犯パトロール", "通学路の見守り", "防犯灯の点検", "特殊詐欺の注意の呼びかけ"],
      ["地域の子どもたち", "地域の住民", "高齢者"], ["防犯", "通学路", "交通安全"], "市民安全課"),
    T("高齢者サロン", "こうれいしゃさろん", "korei-salon", ["health-welfare", "community-development"],
      ["健康体操", "お茶会", "脳トレの時間", "季節の手芸"],
      ["地域の高齢者", "シニア世代", "介護予防に関心のある方"], ["サロン", "介護予防", "健康づくり"], "高齢福祉課"),
    T("障がい者スポーツ", "しょうがいしゃすぽーつ", "shogaisha-sports", ["health-welfare", "culture-arts-sports"],
      ["ボッチャの交流会", "車いすバスケットボールの体験", "ユニバーサルスポーツ教室"],
      ["障がいのある方", "家族や支援者", "どなたでも"], ["パラスポーツ", "ボッチャ", "共生"], "障がい福祉課"),
    T("手話", "しゅわ", "shuwa", ["health-welfare", "human-rights-peace"],
      ["手話の学習会", "聞こえない方との交流会", "手話通訳の派遣の協力"],
      ["手話を学びたい方", "聞こえない・聞こえにくい方", "学生"], ["手話", "聴覚障がい", "共生"], "障がい福祉課"),
    T("多文化共生", "たぶんかきょうせい", "tabunka-kyosei", ["international-cooperation", "human-rights-peace"],
      ["多言語の生活相談", "世界の料理の交流会", "やさしい日本語の研修", "多言語での情報発信"],
      ["外国人住民", "留学生", "地域の住民"], ["多文化共生", "外国人支援", "多言語"], "国際交流課"),
    T("日本語教室", "にほんごきょうしつ", "nihongo-kyoshitsu", ["international-cooperation", "social-education"],
      ["日本語教室", "会話の練習会", "子どもの日本語支援", "日本語ボランティアの養成"],
      ["外国人住民", "働きながら学ぶ方", "外国にルーツのある子ども"], ["日本語教室", "多文化共生", "学習支援"], "国際交流課"),
    T("国際交流", "こくさいこうりゅう", "kokusai-koryu", ["international-cooperation"],
      ["姉妹都市との交流", "海外の学校への支援", "フェアトレードの紹介", "国際理解の出前授業"],
      ["中高生", "留学生", "地域の住民"], ["国際交流", "国際理解", "フェアトレード"], "国際交流課"),
    T("里山保全", "さとやまほぜん", "satoyama-hozen", ["environment"],
      ["雑木林の手入れ", "竹林の整備", "自然観察会", "炭焼きの体験"],
      ["自然が好きな方", "親子", "シニア世代"], ["里山", "森林保全", "自然観察"], "環境政策課"),
    T("川の環境", "かわのかんきょう", "kawa-no-kankyo", ["environment", "children"],
      ["河川敷の清掃", "水生生物の観察", "水質調査", "水辺の安全教室"],
      ["小学生と保護者", "地域の住民", "学校"], ["河川", "水辺", "環境学習"], "環境政策課"),
    T("ごみ減量", "ごみげんりょう", "gomi-genryo", ["environment", "consumer-protection"],
      ["生ごみ堆肥づくり", "リユース市", "食品ロス削減の啓発", "分別の出前講座"],
      ["地域の住民", "子育て世代", "集合住宅の住民"], ["ごみ減量", "リサイクル", "食品ロス"], "環境政策課"),
    T("合唱", "がっしょう", "gassho", ["culture-arts-sports"],
      ["合唱の練習", "定期演奏会", "福祉施設への訪問演奏", "歌声喫茶"],
      ["歌が好きな方", "シニア世代", "初心者"], ["合唱", "音楽", "コンサート"], "文化振興課"),
    T("郷土史", "きょうどし", "kyodoshi", ["culture-arts-sports", "social-education"],
      ["古文書の解読", "まち歩きガイド", "昔の写真の収集", "郷土史の講演会"],
      ["歴史が好きな方", "地域の住民", "小学生"], ["郷土史", "歴史", "まち歩き"], "文化振興課"),
    T("読み聞かせ", "よみきかせ", "yomikikase", ["children", "social-education"],
      ["絵本の読み聞かせ", "紙芝居の上演", "わらべうたの会", "図書館でのおはなし会"],
      ["乳幼児と保護者", "小学生", "保育園・幼稚園"], ["読み聞かせ", "絵本", "紙芝居"], "生涯学習課"),
    T("地域スポーツ", "ちいきすぽーつ", "chiiki-sports", ["culture-arts-sports", "health-welfare"],
      ["ウォーキングの会", "ソフトバレーボール", "子どものかけっこ教室", "ニュースポーツの体験"],
      ["子どもから高齢者まで", "地域の住民", "親子"], ["スポーツ", "健康づくり", "運動"], "スポーツ振興課"),
    T("まちづくり", "まちづくり", "machizukuri", ["community-development"],
      ["まちの魅力の発信", "公園の花壇づくり", "空き家の活用", "地域の夏祭り"],
      ["地域の住民", "商店主", "学生"], ["まちづくり", "地域活性化", "空き家"], "市民協働課"),
    T("商店街", "しょうてんがい", "shotengai", ["economic-activity", "community-development"],
      ["商店街のマルシェ", "空き店舗の活用", "スタンプラリー", "まちゼミ"],
      ["商店主", "買い物客", "起業をめざす方"], ["商店街", "にぎわい", "マルシェ"], "商工振興課"),
    T("起業支援", "きぎょうしえん", "kigyo-shien", ["economic-activity", "employment-skills"],
      ["起業の相談", "創業塾", "コミュニティビジネスの勉強会", "試作品の販売会"],
      ["起業をめざす方", "女性", "シニア世代"], ["起業", "コミュニティビジネス", "創業"], "商工振興課"),
    T("就労支援", "しゅうろうしえん", "shuro-shien", ["employment-skills", "health-welfare"],
      ["職場体験", "就職の相談", "ビジネスマナー講座", "履歴書の書き方講座"],
      ["若者", "障がいのある方", "ひきこもりの経験がある方"], ["就労支援", "職場体験", "若者支援"], "障がい福祉課"),
    T("シニアの仕事", "しにあのしごと", "senior-shigoto", ["employment-skills", "economic-activity"],
      ["シニアの仕事の紹介", "技能講習", "地域の困りごとの請け負い"],
      ["定年を迎えた方", "シニア世代", "地域の事業所"], ["シニア", "生きがい", "仕事づくり"], "商工振興課"),
    T("スマホ講座", "すまほこうざ", "sumaho-koza", ["information-society", "social-education"],
      ["スマホの使い方講座", "何でも相談会", "オンライン手続きの練習", "写真の整理の講座"],
      ["シニア世代", "スマホを使い始めた方", "地域の住民"], ["スマホ講座", "デジタル活用", "IT講座"], "高齢福祉課"),
    T("IT支援", "あいてぃーしえん", "it-shien", ["information-society", "npo-support"],
      ["団体のウェブサイトづくり", "オンライン会議の導入支援", "情報セキュリティの講座"],
      ["市民活動団体", "自治会", "小さな事業所"], ["IT支援", "ウェブサイト", "オンライン会議"], "市民協働課"),
    T("科学教室", "かがくきょうしつ", "kagaku-kyoshitsu", ["science-technology", "children"],
      ["理科の実験教室", "ものづくり教室", "夏休みの自由研究の相談", "科学工作"],
      ["小学生", "親子", "中学生"], ["理科実験", "工作", "科学"], "生涯学習課"),
    T("プログラミング", "ぷろぐらみんぐ", "programming", ["science-technology", "information-society"],
      ["プログラミング教室", "ロボットの組み立て", "ゲームづくりのワークショップ"],
      ["小中学生", "親子", "初心者"], ["プログラミング", "ロボット", "STEM"], "生涯学習課"),
    T("星空観察", "ほしぞらかんさつ", "hoshizora-kansatsu", ["science-technology", "social-education"],
      ["星空観察会", "望遠鏡づくり", "天文の講演会"],
      ["親子", "天文が好きな方", "小学生"], ["星空", "天文", "観察会"], "生涯学習課"),
    T("消費者", "しょうひしゃ", "shohisha", ["consumer-protection", "social-education"],
      ["悪質商法の出前講座", "食品表示の学習会", "契約トラブルの相談会"],
      ["高齢者", "若者", "地域の住民"], ["消費者保護", "悪質商法", "特殊詐欺"], "消費生活課"),
    T("男女共同参画", "だんじょきょうどうさんかく", "danjo-kyodo-sankaku", ["gender-equality", "human-rights-peace"],
      ["男女共同参画の講座", "女性のための相談会", "デートDV防止の出前授業"],
      ["女性", "中高生", "地域の住民"], ["男女共同参画", "ジェンダー", "DV防止"], "人権推進課"),
    T("父親の子育て", "ちちおやのこそだて", "chichioya-kosodate", ["gender-equality", "children"],
      ["パパと子どもの外遊び", "父親の育児講座", "親子料理教室"],
      ["父親", "子育て中の家族", "これから親になる方"], ["父親の育児", "子育て", "外遊び"], "子ども未来課"),
    T("平和", "へいわ", "heiwa", ["human-rights-peace"],
      ["戦争体験の聞き取り", "平和展", "平和を考える映画会", "語り部の会"],
      ["小中学生", "若い世代", "地域の住民"], ["平和", "戦争体験", "語り継ぎ"], "人権推進課"),
    T("市民活動支援", "しみんかつどうしえん", "shimin-katsudo-shien", ["npo-support"],
      ["団体の運営相談", "会計講座", "助成金の情報提供", "団体同士の交流会"],
      ["市民活動団体", "NPO法人", "これから団体をつくる方"], ["中間支援", "団体運営", "助成金"], "市民協働課"),
    T("ボランティアコーディネート", "ぼらんてぃあこーでぃねーと", "volunteer-coordinate", ["npo-support", "social-education"],
      ["ボランティアの紹介", "ボランティア入門講座", "学生ボランティアの受け入れ調整"],
      ["ボランティアをしたい方", "受け入れ団体", "学生"], ["ボランティア", "コーディネート", "学生"], "市民協働課"),
    T("フードバンク", "ふーどばんく", "food-bank", ["health-welfare", "consumer-protection"],
      ["食品の寄付の受け付け", "フードドライブ", "子ども食堂への食品の提供"],
      ["生活に困っている方", "子ども食堂", "福祉団体"], ["フードバンク", "食品ロス", "生活支援"], "生活福祉課"),
    T("移動支援", "いどうしえん", "ido-shien", ["health-welfare", "community-development"],
      ["通院の送迎", "買い物の付き添い", "乗り合い車の運行"],
      ["高齢者", "体の不自由な方", "交通の不便な地区の住民"], ["移動支援", "買い物支援", "高齢者"], "高齢福祉課"),
]

GROUP_TYPES = [  # (id, label, weight, legal prefix or None, corporate)
    ("npo", "NPO法人", 34, "NPO法人", True),
    ("general-association", "一般社団法人", 8, "一般社団法人", True),
    ("general-foundation", "一般財団法人", 3, "一般財団法人", True),
    ("public-interest", "公益法人", 3, None, True),
    ("social-welfare", "社会福祉法人", 4, "社会福祉法人", True),
    ("voluntary", "任意団体", 20, None, False),
    ("neighborhood", "自治会・町内会", 10, None, False),
    ("volunteer", "ボランティア団体", 14, None, False),
    ("other", "その他", 4, None, False),
]
TYPE_LABELS = {
    "npo": ["npo", "NPO法人", "特定非営利活動法人"],
    "general-association": ["general-association", "一般社団法人"],
    "general-foundation": ["general-foundation", "一般財団法人"],
    "public-interest": ["public-interest", "公益法人"],
    "social-welfare": ["social-welfare", "社会福祉法人"],
    "voluntary": ["voluntary", "任意団体"], "neighborhood": ["neighborhood", "自治会・町内会"],
    "volunteer": ["volunteer", "ボランティア団体"], "other": ["other", "その他"],
}
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎",
            "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "小川", "岡田", "後藤",
            "長谷川", "村上", "近藤", "石井", "坂本", "遠藤", "青木", "藤井", "西村", "福田"]
GIVEN = ["花子", "一郎", "美咲", "健太", "陽子", "大輔", "由美", "誠", "恵子", "翔",
         "さくら", "浩", "直美", "拓也", "和子", "悠", "真理", "修", "千尋", "亮",
         "明美", "隆", "彩", "勝", "典子", "蓮", "智子", "剛", "ひかり", "茂"]
WEEKDAYS = ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"]
ORDINALS = ["第1", "第2", "第3", "第4", "第1・第3", "第2・第4"]
VENUES = ["{p}コミュニティセンター", "{p}公民館", "{p}小学校の体育館", "{p}集会所",
          "市民活動センターの研修室", "{p}公園", "市立中央図書館の会議室", "{p}地区センター",
          "市民プラザの多目的室", "{p}商店街の空き店舗"]
ORIGINS = ["地域の課題を話し合う勉強会", "子どもの小学校のPTA活動", "市の市民講座",
           "災害のボランティア活動", "同じ悩みを持つ仲間との出会い", "定年後の地域デビュー",
           "大学のゼミの活動", "自治会の役員会での提案", "市民活動センターの交流会"]
FEELINGS = ["誰もが安心して暮らせるまち", "人と人とがつながるまち", "子どもたちの笑顔があふれるまち",
            "世代を超えて支え合う地域", "一人ひとりが自分らしく輝ける社会", "次の世代に誇れるふるさと"]
RECRUIT_NOTES = ["見学はいつでも歓迎です。", "経験は問いません。できることから一緒に始めましょう。",
                 "月1回からの参加でも大丈夫です。", "学生や若い世代の参加を特に歓迎します。",
                 "運営を一緒に担ってくださる方を募集しています。", "保険料は団体で負担します。"]
CLOSINGS = ["関心のある方は、お気軽にお問い合わせください。", "活動の様子は、団体のSNSでも紹介しています。",
            "見学を希望される方は、事前にご連絡ください。", "ご寄付や物品のご提供も受け付けています。",
            "詳しくは市民活動センターの窓口でもご案内しています。"]
EVENT_TYPES = ["講座", "体験会", "説明会", "交流会", "勉強会", "発表会", "フォーラム",
               "ワークショップ", "相談会", "見学会", "シンポジウム", "まつり"]
EVENT_PREFIXES = ["", "", "はじめての", "親子で楽しむ", "みんなの", "第{n}回"]
SEASONS = {1: "冬の", 2: "冬の", 3: "春の", 4: "春の", 5: "春の", 6: "初夏の", 7: "夏休み",
           8: "夏休み", 9: "秋の", 10: "秋の", 11: "秋の", 12: "冬の"}
APPLY_TEXTS = ["電話またはメールでお申し込みください。", "申込フォームからお申し込みください。",
               "申し込みは不要です。直接会場へお越しください。", "市民活動センターの窓口で受け付けます。",
               "往復はがきでお申し込みください（応募多数の場合は抽選）。"]
PROVIDERS = [("さくら野市 市民協働課", "city"), ("さくら野市 {d}", "city"),
             ("みどり県 地域振興課", "pref"), ("みどり県 {d}", "pref"),
             ("公益財団法人ほしぞら子ども財団", "fdn"), ("一般財団法人あおいとり記念財団", "fdn"),
             ("公益財団法人みどり地域づくり基金", "fdn"), ("公益財団法人さくら野国際交流協会", "fdn"),
             ("社会福祉法人さくら野市社会福祉協議会", "fdn"), ("さくら野信用金庫", "bank"),
             ("みどり県労働金庫", "bank"), ("さくら野市市民活動センター", "centre")]
GRANT_KINDS = [("grant", "助成金", 40), ("subsidy", "補助金", 30), ("loan", "融資", 8),
               ("award", "表彰", 10), ("other", "その他", 12)]
CASE_FORMS = [("consignment", "委託"), ("designated-manager", "指定管理者"),
              ("cooperation", "事業協力"), ("executive-committee", "実行委員会"),
              ("co-hosting", "共催"), ("subsidy", "補助"), ("endorsement", "後援")]
EVALUATION = [("shared-purpose", "目的の共有"), ("roles", "役割分担"),
              ("mutual-understanding", "相互理解"), ("autonomy", "自主性・自立性"),
              ("transparency", "透明性・公開性"), ("synergy", "相乗効果")]
PROJECT_NOUNS = ["ネットワークづくり", "モデル事業", "拠点づくり", "担い手の育成", "実態調査",
                 "啓発キャンペーン", "講座の開催", "ガイドブックの作成", "相談窓口の運営"]
OUTCOMES = ["参加者は延べ{n}人になり、", "{m}の団体が新たに活動に加わり、",
            "アンケートでは{p}割の参加者が「また参加したい」と答え、",
            "事業の報告会には{n}人が集まり、"]
OUTCOME_ENDS = ["翌年度からは団体の自主事業として続いています。", "ほかの地区にも取り組みが広がりました。",
                "市の計画にも取り組みの成果が生かされました。", "関係者の顔の見える関係が生まれました。"]

CHOME = [("一丁目", "いっちょうめ", "1-chome"), ("二丁目", "にちょうめ", "2-chome"),
         ("三丁目", "さんちょうめ", "3-chome"), ("四丁目", "よんちょうめ", "4-chome"),
         ("五丁目", "ごちょうめ", "5-chome")]
NEIGHBORHOOD_ENDINGS = [("自治会", "じちかい", "jichikai"), ("町内会", "ちょうないかい", "chonaikai"),
                        ("団地自治会", "だんちじちかい", "danchi-jichikai")]
NEIGHBORHOOD_FIELDS = ["community-development", "community-safety", "disaster-relief",
                       "environment", "health-welfare"]
# Neighbourhood associations do a bit of everything, so they get their own theme.
NEIGHBORHOOD_THEME = Theme(
    "地域交流", "ちいきこうりゅう", "chiiki-koryu", ["community-development"],
    ["防災訓練", "夏祭り", "地区の一斉清掃", "夜間の防犯パトロール", "敬老のつどい",
     "ごみ集積所の管理", "子ども会の行事"],
    ["地区の住民", "全世帯", "新しく越してきた方"], ["自治会", "町内会", "地域交流"], "市民協働課")


def katakana(text):
    return "".join(chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in text)


def corporate_number(rng):
    base = "".join(str(rng.randrange(10)) for _ in range(12))
    total = sum(int(d) * (1 if i % 2 == 1 else 2) for i, d in enumerate(reversed(base), 1))
    return str(9 - total % 9) + base


def weighted(rng, items, weight_index):
    return rng.choices(items, weights=[item[weight_index] for item in items])[0]


class Generator:
    def __init__(self, n_groups, seed, out):
        self.rng = random.Random(seed)
        # Areas, pins, volunteers and news draw from their own generator, so
        # the groups, events and grants stay those of earlier benchmarks.
        self.extra = random.Random(seed + 7919)
        self.events = []  # slugs of events
        self.n = n_groups
        self.out = out
        self.slugs = set()
        self.groups = []  # (slug, title, theme, place) of published groups
        self.field_refs = self.load_field_refs()

    def load_field_refs(self):
        """Each field id with the other ways a record may name it."""
        refs = {}
        for name in sorted(os.listdir(SAMPLE_FIELDS)):
            source = open(os.path.join(SAMPLE_FIELDS, name), encoding="utf-8").read()
            number = re.search(r"^number: (\d+)$", source, re.M).group(1)
            short = re.search(r"^short: (.+)$", source, re.M).group(1)
            refs[name[:-3]] = [name[:-3], number, short]
        return refs

    def unique(self, slug):
        slug = re.sub(r"-+", "-", slug).strip("-")
        candidate, k = slug, 2
        while candidate in self.slugs:
            candidate = f"{slug}-{k}"
            k += 1
        self.slugs.add(candidate)
        return candidate

    def field_list(self, ids):
        # Mostly ids, sometimes the number or short label, as staff write them.
        refs = []
        for fid in ids:
            roll = self.rng.random()
            refs.append(self.field_refs[fid][0 if roll < 0.8 else 1 if roll < 0.9 else 2])
        return "[" + ", ".join(refs) + "]"

    def write(self, kind, slug, front, body):
        path = os.path.join(self.out, kind, slug + ".md")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("---\n" + "\n".join(front) + "\n---\n" + body.rstrip("\n") + "\n")

    def person(self):
        return f"{self.rng.choice(SURNAMES)} {self.rng.choice(GIVEN)}"

    def day(self, start, end):
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    # --- groups -------------------------------------------------------------

    def group_name(self, type_id, theme, place):
        rng = self.rng
        if type_id == "neighborhood":
            ending = rng.choice(NEIGHBORHOOD_ENDINGS)
            parts = [place, rng.choice(CHOME), ending] if rng.random() < 0.5 else [place, ending]
        elif rng.random() < 0.35:
            parts = [theme_parts(theme), rng.choice(NICKNAMES)]
        elif rng.random() < 0.5:
            parts = [place, theme_parts(theme), rng.choice(SUFFIXES)]
        else:
            parts = [rng.choice(NICKNAMES), theme_parts(theme), rng.choice(SUFFIXES)]
        title = "".join(p[0] for p in parts)
        kana = "".join(p[1] for p in parts)
        if any(re.search(r"[ァ-ヺ]", p[1]) for p in parts):
            kana = katakana(kana)
        slug = "-".join(p[2] for p in parts)
        return title, kana, slug

    def group(self, i):
        rng = self.rng
        type_id, type_label, _, prefix, corporate = weighted(rng, GROUP_TYPES, 2)
        theme = THEMES[i % len(THEMES)] if i < len(THEMES) else rng.choice(THEMES)
        if type_id == "neighborhood":
            theme = NEIGHBORHOOD_THEME
        place = rng.choice(PLACES)
        title, kana, slug = self.group_name(type_id, theme, place)
        if type_id == "public-interest":
            prefix = rng.choice(["公益社団法人", "公益財団法人"])
        if prefix:
            title = prefix + title
        if type_id == "volunteer" and rng.random() < 0.3:
            title += "ボランティア"
            kana += "ボランティア" if re.search(r"[ァ-ヺ]", kana) else "ぼらんてぃあ"
        slug = self.unique(slug)
        fields = list(theme.fields)
        if type_id == "neighborhood":
            fields = rng.sample(NEIGHBORHOOD_FIELDS, rng.randint(1, 3))
        elif rng.random() < 0.2:
            extra = rng.choice(list(self.field_refs))
            if extra not in fields:
                fields.append(extra)
        area = f"{place[0]}地区" if rng.random() < 0.85 else "市内全域"
        acts = rng.sample(theme.acts, min(len(theme.acts), rng.randint(2, 3)))
        target = rng.choice(theme.targets)
        summary = rng.choice([
            "{a}で{t}を対象に、{x}や{y}に取り組んでいます。",
            "{t}のための{x}と{y}を、{a}で続けています。",
            "{f}をめざして、{a}を中心に{x}を行っている{k}です。",
            "{x}を通じて、{t}の暮らしを応援しています。{y}も行っています。",
        ]).format(a=area, t=target, x=acts[0], y=acts[-1], f=rng.choice(FEELINGS), k=type_label)
        founded = rng.randint(1960 if type_id == "neighborhood" else 1985, 2025)
        front = [f"title: {title}", f"kana: {kana}",
                 f"type: {rng.choice(TYPE_LABELS[type_id])}",
                 f"fields: {self.field_list(fields)}", f"summary: {summary}", f"area: {area}"]
        if rng.random() < 0.4:
            front.append(f"address: みどり県さくら野市{place[0]}{rng.randint(1, 5)}丁目"
                         f"{rng.randint(1, 30)}番{rng.randint(1, 20)}号")
        if rng.random() < 0.3:
            front.append(f"founded: {founded}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        else:
            front.append(f"founded: {founded}")
        if rng.random() < 0.8:
            front.append(f"representative: {self.person()}")
        members = rng.randint(50, 900) if type_id == "neighborhood" else rng.randint(5, 120)
        if rng.random() < 0.75:
            front.append(f"members: {members}")
        if rng.random() < 0.5:
            front.append(rng.choice(["fees: 年会費 {n:,}円", "fees: 月{m}円（1世帯あたり）",
                                     "fees: 正会員 年{n:,}円／賛助会員 一口1,000円", "fees: なし"])
                         .format(n=rng.choice([500, 1000, 2000, 3000, 5000]),
                                 m=rng.choice([100, 200, 300])))
        if corporate and rng.random() < 0.9:
            front.append(f'corporate_number: "{corporate_number(rng)}"')
        if rng.random() < 0.7:
            front += self.contact(slug)
        if rng.random() < 0.5:
            front.append("recruiting:")
            if rng.random() < 0.6:
                front.append(f"  members: {rng.choice(['true', 'false'])}")
            front.append("  volunteers: true")
            front.append(f"  note: {rng.choice(RECRUIT_NOTES)}")
        tags = list(theme.tags) + [place[0]]
        front.append(f"tags: [{', '.join(rng.sample(tags, rng.randint(2, len(tags))))}]")
        front.append(f"updated: {self.day(dt.date(2026, 1, 5), dt.date(2026, 11, 20))}")
        draft = i >= len(THEMES) and rng.random() < 0.01
        if draft:
            front.append("draft: true")
        else:
            self.groups.append((slug, title, theme, place))
        self.write("groups", slug, front, self.group_body(theme, place, acts, target, founded))

    def contact(self, slug):
        rng = self.rng
        host = slug[:40].rstrip("-") + ".example.jp"
        lines = ["contact:", f"  email: info@{host}"]
        if rng.random() < 0.6:
            lines.append(f"  phone: 000-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
        if rng.random() < 0.2:
            lines.append(f"  fax: 000-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
        if rng.random() < 0.5:
            lines.append(f"  url: https://{host}/")
        if rng.random() < 0.3:
            lines.append("  sns:")
            lines.append(f"    - https://sns.example.jp/{slug[:30].replace('-', '_')}")
            if rng.random() < 0.4:
                lines.append(f"    - https://video.example.jp/@{slug[:30]}")
        return lines

    def venue(self, place):
        return self.rng.choice(VENUES).format(p=place[0])

    def group_body(self, theme, place, acts, target, founded):
        rng = self.rng
        paragraphs = [rng.choice([
            "{y}年に、{o}をきっかけに活動を始めました。{f}をめざして、{t}と一緒に歩んでいます。",
            "私たちは、{p}地区を拠点に{x}に取り組んでいます。{f}を願い、{y}年から活動を続けてきました。",
            "「{f}」を合言葉に、{t}のための{x}を行っています。",
        ]).format(y=founded, o=rng.choice(ORIGINS), f=rng.choice(FEELINGS), t=target,
                  p=place[0], x=acts[0])]
        schedule = "毎月{o}{w}の{h}時から、{v}で{x}を行っています。".format(
            o=rng.choice(ORDINALS), w=rng.choice(WEEKDAYS), h=rng.randint(9, 19),
            v=self.venue(place), x=rng.choice(acts))
        style = rng.random()
        if style < 0.3:
            items = "\n".join(f"- {a}" for a in acts)
            paragraphs.append(f"## 活動内容\n\n{items}")
            paragraphs.append(f"## 活動日時\n\n{schedule}")
        elif style < 0.4:
            rows = "\n".join(f"| {a} | 毎月{rng.choice(ORDINALS)}{rng.choice(WEEKDAYS)} | {self.venue(place)} |"
                             for a in acts)
            paragraphs.append(f"| 活動 | 日時 | 場所 |\n| --- | --- | --- |\n{rows}")
        else:
            paragraphs.append(schedule)
        if rng.random() < 0.5:
            paragraphs.append(rng.choice(RECRUIT_NOTES) + rng.choice(CLOSINGS))
        if rng.random() < 0.1:
            paragraphs.append("活動の記録は[市民活動センターのページ](https://example.jp/)でも紹介しています。")
        return "\n\n".join(paragraphs)

    # --- events -------------------------------------------------------------

    def event(self, i):
        rng = self.rng
        organizers = rng.sample(self.groups, 1 if rng.random() < 0.7 else min(len(self.groups), rng.randint(2, 3)))
        slug0, gtitle, theme, place = organizers[0]
        kind = rng.choice(EVENT_TYPES)
        start_day = self.day(dt.date(2025, 12, 1), dt.date(2027, 11, 30))
        season = SEASONS[start_day.month]
        prefix = rng.choice(EVENT_PREFIXES + [season, season]).format(n=rng.randint(2, 30))
        title = f"{prefix}{theme.kanji}{kind}" if rng.random() < 0.6 else f"{place[0]}地区 {theme.kanji}{kind}"
        slug = self.unique(f"{start_day:%Y-%m}-{theme.romaji}-{i + 1}")
        front = [f"title: {title}"]
        roll = rng.random()
        if roll < 0.15:
            front.append(f"start: {start_day}")
        else:
            hour, minute = rng.randint(9, 18), rng.choice([0, 30])
            front.append(f"start: {start_day} {hour:02d}:{minute:02d}")
            if roll < 0.2:
                end_day = start_day + dt.timedelta(days=1)
                front.append(f"end: {end_day} {rng.randint(9, 15):02d}:00")
            elif roll < 0.9:
                end = min(hour * 60 + minute + rng.choice([60, 90, 120, 180]), 21 * 60 + 30)
                front.append(f'end: "{end // 60:02d}:{end % 60:02d}"')
        online = rng.random() < 0.08
        if online:
            front.append(rng.choice(["online: true", f"online: https://meet.example.jp/{slug}"]))
        else:
            front.append(f"venue: {self.venue(place)}")
        front.append(f"organizers: [{', '.join(o[0] for o in organizers)}]")
        front.append(f"fields: {self.field_list(theme.fields)}")
        fee = rng.random()
        if fee < 0.5:
            front.append("fee: 0")
        elif fee < 0.8:
            front.append(f"fee: {rng.choice([100, 300, 500, 1000, 1500, 2000])}")
        else:
            front.append(f"fee: {rng.choice(['資料代', '材料費', '一般'])} {rng.choice([200, 500, 800])}円"
                         f"（{rng.choice(theme.targets)}は無料）")
        if rng.random() < 0.6:
            front.append(f"capacity: {rng.choice([10, 15, 20, 30, 40, 50, 100])}"
                         if rng.random() < 0.8 else f"capacity: 先着{rng.randint(5, 30)}組")
        target = rng.choice(theme.targets)
        front.append(f"audience: {target}")
        front.append(f"apply: {rng.choice(APPLY_TEXTS)}")
        if rng.random() < 0.3:
            front.append(f"apply_url: https://example.jp/forms/{slug}")
        if rng.random() < 0.5:
            front.append(f"apply_by: {start_day - dt.timedelta(days=rng.randint(3, 20))}")
        front.append(f"contact: {gtitle}")
        acts = rng.sample(theme.acts, min(2, len(theme.acts)))
        summary = rng.choice([
            "{t}を対象に、{x}を行います。どなたでもお気軽にご参加ください。",
            "{g}による{k}です。{x}と{y}を予定しています。",
            "{x}を体験しながら、{f}について一緒に考えます。",
        ]).format(t=target, x=acts[0], y=acts[-1], g=gtitle, k=kind, f=rng.choice(FEELINGS))
        extra = self.extra
        if extra.random() < 0.8:
            front.append(f"area: {place[0]}地区" if extra.random() < 0.9 else f"area: [{place[0]}地区, 市内全域]")
        if not online and extra.random() < 0.2:
            front.append(f"lat: {35.6 + extra.random() * 0.2:.4f}")
            front.append(f"lon: {139.4 + extra.random() * 0.2:.4f}")
        if extra.random() < 0.15:
            front.append("volunteers_wanted: true")
        self.events.append(slug)
        front.append(f"summary: {summary}")
        front.append(f"tags: [{', '.join(rng.sample(theme.tags, 2))}, {kind}]")
        body = [rng.choice([
            "{x}を中心に、{t}に向けた内容をお届けします。",
            "当日は、{g}のメンバーが{x}についてご案内します。",
            "初めての方にも分かりやすいよう、{x}から順にご紹介します。",
        ]).format(x=acts[0], t=target, g=gtitle)]
        if rng.random() < 0.4:
            body.append("持ち物：筆記用具、飲み物" + rng.choice(["", "、動きやすい服装", "、上履き"]))
        if rng.random() < 0.3:
            body.append(rng.choice(CLOSINGS))
        self.write("events", slug, front, "\n\n".join(body))

    # --- grants -------------------------------------------------------------

    def grant(self, i):
        rng = self.rng
        theme = rng.choice(THEMES)
        provider, provider_kind = rng.choice(PROVIDERS)
        provider = provider.format(d=theme.dept)
        if provider_kind == "bank":
            kind_id, kind_label = "loan", "融資"
        else:
            kind_id, kind_label, _ = weighted(rng, [k for k in GRANT_KINDS if k[0] != "loan"], 2)
        noun = {"grant": "活動助成", "subsidy": "活動補助金", "loan": "応援ローン",
                "award": "活動賞", "other": "活動支援"}[kind_id]
        year = rng.choice([2026, 2027])
        title = f"{theme.kanji}{noun}（{year}年度）" if rng.random() < 0.6 else f"{theme.kanji}{noun}"
        slug = self.unique(f"{theme.romaji}-{kind_id}-{i + 1}")
        front = [f"title: {title}", f"provider: {provider}",
                 f"kind: {kind_id if rng.random() < 0.5 else kind_label}"]
        front.append("fields: all" if rng.random() < 0.25 else f"fields: {self.field_list(theme.fields)}")
        types = rng.sample([t[0] for t in GROUP_TYPES], rng.randint(1, 4))
        front.append(f"eligible: [{', '.join(types)}]")
        low = rng.choice([10, 30, 50, 100]) * 1000
        high = low * rng.choice([2, 3, 5, 10, 20]) if kind_id != "loan" else low * 100
        if kind_id != "award" and rng.random() < 0.6:
            front.append(f"amount_min: {low}")
        if kind_id != "award":
            front.append(f"amount_max: {high}")
        if rng.random() < 0.4:
            front.append("amount_note: " + {"loan": f"年利{rng.choice(['1.0', '1.5', '2.0'])}％（固定）",
                                            "award": f"副賞{rng.choice([3, 5, 10])}万円"}
                         .get(kind_id, f"補助率 {rng.choice(['1/2', '2/3', '3/4'])}"))
        if kind_id == "loan" or (kind_id != "award" and rng.random() < 0.15):
            front.append("rolling: true")
        else:
            opens = self.day(dt.date(2026, 1, 1), dt.date(2027, 6, 30))
            if rng.random() < 0.8:
                front.append(f"opens: {opens}")
            front.append(f"deadline: {opens + dt.timedelta(days=rng.randint(14, 90))}")
        if rng.random() < 0.7:
            front.append(f"url: https://example.jp/grants/{slug}")
        act = rng.choice(theme.acts)
        award = "{t}のための{x}で成果をあげた団体を表彰します。自薦・他薦を問いません。"
        front.append("summary: " + (award if kind_id == "award" else rng.choice([
            "{x}など、{t}のための活動に取り組む団体を応援します。",
            "{f}をめざす団体の{x}に、経費の一部を支援します。",
            "{t}を支える{x}の立ち上げや拡充に使えます。",
        ])).format(x=act, t=rng.choice(theme.targets), f=rng.choice(FEELINGS)))
        front.append(f"tags: [{kind_label}, {theme.tags[0]}]")
        body = rng.choice([
            "申請の前に、市民活動センターでの事前相談をおすすめします。",
            "募集要項と申請書は、{p}のウェブサイトからダウンロードできます。",
            "審査では、事業の公益性と実現性、団体の継続性を重視します。",
        ]).format(p=provider)
        self.write("grants", slug, front, body)

    # --- cases --------------------------------------------------------------

    def case(self, i):
        rng = self.rng
        partners = rng.sample(self.groups, min(len(self.groups), rng.randint(1, 3)))
        _, gtitle, theme, place = partners[0]
        form_id, form_label = rng.choice(CASE_FORMS)
        title = f"{place[0]}地区の{theme.kanji}{rng.choice(PROJECT_NOUNS)}"
        year = rng.randint(2021, 2026)
        slug = self.unique(f"{year}-{place[2]}-{theme.romaji}-{i + 1}")
        front = [f"title: {title}", f"fiscal_year: {year}",
                 f"form: {form_id if rng.random() < 0.5 else form_label}",
                 f"partners: [{', '.join(p[0] for p in partners)}]",
                 f"department: {theme.dept}", f"fields: {self.field_list(theme.fields)}"]
        front.append("summary: " + rng.choice([
            "{g}と市が協力して、{t}のための{x}に取り組みました。",
            "{p}地区の{t}を対象に、{x}を市と団体の協働で進めました。",
        ]).format(g=gtitle, t=rng.choice(theme.targets), x=rng.choice(theme.acts), p=place[0]))
        front.append("outcome: " + rng.choice(OUTCOMES).format(
            n=rng.randint(30, 2000), m=rng.randint(2, 20), p=rng.randint(6, 9)) + rng.choice(OUTCOME_ENDS))
        if rng.random() < 0.8:
            front.append("evaluation:")
            for aspect_id, label in EVALUATION:
                front.append(f"  {aspect_id if rng.random() < 0.5 else label}: {rng.randint(2, 5)}")
        front.append(f"tags: [{form_label}, {theme.tags[0]}]")
        body = [f"{gtitle}が現場の運営を、市の{theme.dept}が関係機関との調整を担当しました。",
                rng.choice(["ふりかえりの会では、役割分担を早めに話し合うことの大切さが確認されました。",
                            "事業の成果は、市民活動センターの報告会で発表されました。",
                            "参加した住民からは、次の年も続けてほしいという声が多く寄せられました。"])]
        self.write("cases", slug, front, "\n\n".join(body))

    # --- news ---------------------------------------------------------------

    def news(self, i):
        rng = self.extra
        day = REFERENCE_DAY - dt.timedelta(days=rng.randint(0, 365))
        slug = self.unique(f"{day:%Y-%m}-oshirase-{i + 1}")
        front = [f"date: {day}"]
        related = []
        if self.groups and rng.random() < 0.6:
            related.append("groups/" + rng.choice(self.groups)[0])
        if self.events and rng.random() < 0.4:
            related.append("events/" + rng.choice(self.events))
        if related:
            title = rng.choice(["団体の活動を紹介します", "イベントのお知らせ", "ボランティア募集のお知らせ"])
            front.append(f"related: [{', '.join(related)}]")
        else:
            title = rng.choice(["休館日のお知らせ", "会議室の予約方法が変わります", "講座の受講者を募集します"])
        front = [f"title: {title}（{i + 1}）"] + front
        front.append(f"summary: {title}。詳しくはこのページをご覧ください。")
        self.write("news", slug, front, "センターからのお知らせです。ご不明な点はお問い合わせください。")

    # --- whole folder -------------------------------------------------------

    def run(self):
        for kind in KINDS:
            os.makedirs(os.path.join(self.out, kind), exist_ok=True)
        with open(os.path.join(self.out, "site.yml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(SITE_YML)
        for name in sorted(os.listdir(SAMPLE_FIELDS)):
            shutil.copyfile(os.path.join(SAMPLE_FIELDS, name), os.path.join(self.out, "fields", name))
        for i in range(self.n):
            self.group(i)
        counts = [self.n // 2, self.n // 10, self.n // 10]
        if self.groups:
            for i in range(counts[0]):
                self.event(i)
            for i in range(counts[2]):
                self.case(i)
        for i in range(counts[1]):
            self.grant(i)
        for i in range(max(1, self.n // 20)):
            self.news(i)
        for slug, text in PAGES.items():
            with open(os.path.join(self.out, "pages", slug + ".md"), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        return self.n, counts[0] if self.groups else 0, counts[1], counts[2] if self.groups else 0


def theme_parts(theme):
    return (theme.kanji, theme.kana, theme.romaji)


SITE_YML = """\
# Synthetic content for benchmarks (scripts/generate-content.py).
title: さくら野市市民活動センター
city: さくら野市
base_url: https://example.jp/
language: ja
description: ベンチマーク用に自動生成した、さくら野市の市民活動団体・イベント・助成金の情報です。
theme: default
centre:
  name: さくら野市市民活動センター
  address: 〒000-0012 みどり県さくら野市本町二丁目3番1号 さくら野市民プラザ3階
  phone: 000-555-0100
  email: center@example.jp
  hours: 火曜日〜土曜日 9時〜21時、日曜日・祝日 9時〜17時
wareki: true
areas:
""" + "".join(f"  - id: {romaji}\n    name: {kanji}地区\n" for kanji, _, romaji in PLACES)
PAGES = {
    "about": """\
---
title: センターについて
summary: さくら野市市民活動センターは、市民の自主的な公益活動を応援する拠点です。
order: 1
---
市民活動やボランティアを始めたい方、続けている方の相談を受け付け、団体の情報を発信しています。

## 所在地

〒000-0012 みどり県さくら野市本町二丁目3番1号 さくら野市民プラザ3階
""",
    "guide": """\
---
title: 利用案内
summary: 会議室の予約、印刷機の利用、相談、団体登録についてご案内します。
order: 2
---
会議室の予約は、利用日の3か月前から窓口または電話で受け付けます。

## 団体登録

市内で公益的な活動をしている団体は、センターに登録できます。
""",
}


def main():
    parser = argparse.ArgumentParser(description="Write a synthetic civicsite content folder.")
    parser.add_argument("--groups", type=int, required=True, metavar="N", help="number of groups")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument("--force", action="store_true",
                        help="replace the kind folders and site.yml of an existing DIR")
    args = parser.parse_args()
    if args.groups < 1:
        parser.error("--groups must be at least 1")
    if os.path.isdir(args.out) and os.listdir(args.out):
        if not args.force:
            parser.error(f"{args.out} is not empty (use --force to replace its content)")
        for kind in KINDS:
            shutil.rmtree(os.path.join(args.out, kind), ignore_errors=True)
    counts = Generator(args.groups, args.seed, args.out).run()
    print("wrote %d groups, %d events, %d grants, %d cases, %d news, 17 fields, 2 pages to %s"
          % (counts[0], counts[1], counts[2], counts[3], max(1, counts[0] // 20), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
