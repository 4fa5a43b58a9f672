import CivicSite

/// Directories of any size in plausible Japanese, for measuring the index at
/// scale: names, summaries and bodies are drawn from varied vocabularies with
/// a seeded generator, so every run builds the same corpus.
struct SearchSyntheticCorpus {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: tiny, and the same on every platform.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }

    static let places = ["北", "南", "東", "西", "中央", "緑ヶ丘", "桜台", "若葉", "港", "山手", "川辺", "旭", "栄", "本町", "新町", "朝日", "青葉", "泉", "松原", "竹林"]
    static let subjects = ["子ども食堂", "読み聞かせ", "防災", "見守り", "環境美化", "日本語教室", "高齢者サロン", "子育て支援", "まちづくり", "里山保全",
                           "障がい者スポーツ", "フードバンク", "学習支援", "多文化交流", "地域猫", "伝統芸能", "音楽療法", "手話", "点訳", "傾聴",
                           "移動支援", "空き家活用", "ビオトープ", "農業体験", "プログラミング教室", "古民家再生", "防犯パトロール", "観光ガイド", "清掃活動", "こども劇場"]
    static let suffixes = ["の会", "クラブ", "ネットワーク", "協議会", "サークル", "応援団", "プロジェクト", "研究会", "の集い", "ボランティアグループ"]
    static let verbs = ["開いています", "行っています", "続けています", "支えています", "広げています", "企画しています", "運営しています"]
    static let objects = ["毎月の例会", "季節のイベント", "交流会", "勉強会", "体験教室", "相談会", "講座", "ワークショップ", "発表会", "清掃", "パトロール", "居場所づくり"]
    static let people = ["子どもたち", "高齢者", "外国にルーツを持つ住民", "障がいのある人", "子育て中の親子", "学生", "地域の住民", "事業者", "行政"]
    static let places2 = ["公民館", "図書館", "小学校", "商店街", "駅前広場", "集会所", "公園", "児童館", "市民活動センター", "神社の境内"]
    static let fields = ["welfare", "social-education", "community", "tourism", "rural", "culture", "environment", "disaster", "safety",
                         "human-rights", "international", "gender", "children", "information", "science", "economy", "employment"]
    static let latin = ["NPO", "SDGs", "IT", "DX", "LGBTQ", "ESD", "PTA", "ICT", "volunteer", "workshop", "support", "network"]

    private mutating func sentence() -> String {
        "\(pick(Self.people))と\(pick(Self.places2))で\(pick(Self.objects))を\(pick(Self.verbs))。"
    }

    mutating func documents(_ count: Int) -> [SearchDocument] {
        let types = ["groups", "groups", "groups", "groups", "events", "events", "grants", "cases"]
        return (0..<count).map { n in
            let type = pick(types)
            let subject = pick(Self.subjects)
            let title = type == "groups" ? "\(pick(Self.places))\(subject)\(pick(Self.suffixes))"
                : type == "events" ? "\(subject)\(pick(Self.objects))\(n % 100)"
                : type == "grants" ? "\(subject)活動助成金\(n % 50)" : "\(subject)と\(pick(Self.places2))の協働"
            var body = ""
            for _ in 0..<(4 + Int(next() % 8)) { body += sentence() }
            if next() % 4 == 0 { body += " \(pick(Self.latin)) \(pick(Self.latin))" }
            return SearchDocument(
                id: "\(type)/r\(n)", type: type, url: "\(type)/r\(n)/", title: title,
                kana: type == "groups" ? "かな\(n)" : nil, tags: [subject, pick(Self.objects)],
                summary: "\(pick(Self.places))地区で\(subject)の" + sentence(), body: body,
                facets: ["field": [pick(Self.fields), pick(Self.fields)], "area": ["\(pick(Self.places))地区"]],
                dateLabel: type == "events" ? "2026年12月\(1 + n % 28)日" : nil,
                upcomingUntil: type == "events" ? "2026-12-\(String(format2: 1 + n % 28))" : nil,
                openUntil: type == "grants" ? "2027-01-\(String(format2: 1 + n % 28))" : nil)
        }
    }
}

extension String {
    fileprivate init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
