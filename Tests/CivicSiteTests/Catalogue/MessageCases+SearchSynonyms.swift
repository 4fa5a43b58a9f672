import Foundation
@testable import CivicSite

extension MessageCases {
    static let searchSynonyms: [MessageCase] = [
        MessageCase("CS2901", .site(["search-synonyms.yml": "synonyms:\n  - シニア 高齢者\n"]),
                    ja: "content/search-synonyms.yml:2:5: error: 「シニア 高齢者」には、同じ意味で探せることばが一つしかありません [CS2901]\n    ヒント: 同じ意味のことばを「、」で区切って並べてください。例: シニア、高齢者",
                    en: "content/search-synonyms.yml:2:5: error: 'シニア 高齢者' names a single word: a synonym entry needs two or more [CS2901]\n    hint: list the words that mean the same, separated by '、' or ',', e.g. シニア、高齢者"),
        // The theme's table says the same of a line with one spelling.
        MessageCase("CS2901", .custom {
            SearchSynonymsDecoder.decodeTable("# 表記ゆれ\n子ども、子供\n障がい\n", path: "themes/default/search/variants.txt").diagnostics
        }, ja: "themes/default/search/variants.txt:3:1: error: 「障がい」には、同じ意味で探せることばが一つしかありません [CS2901]\n    ヒント: 同じ意味のことばを「、」で区切って並べてください。例: シニア、高齢者",
                    en: "themes/default/search/variants.txt:3:1: error: '障がい' names a single word: a synonym entry needs two or more [CS2901]\n    hint: list the words that mean the same, separated by '、' or ',', e.g. シニア、高齢者"),
        MessageCase("CS2902", .site(["search-synonyms.yml": "synonyms:\n  - [市, 市役所]\n"]),
                    ja: "content/search-synonyms.yml:2:5: error: 「市」は1文字なので、同じ意味のことばとしては探せません [CS2902]\n    ヒント: 2文字以上のことばにしてください。例: 「市」ではなく「市役所」",
                    en: "content/search-synonyms.yml:2:5: error: '市' is a single character: as a synonym it would match almost everything [CS2902]\n    hint: use a word of two characters or more, e.g. 市役所 rather than 市"),
        MessageCase("CS2903", .site(["search-synonyms.yml": "synonyms:\n  - NPO法人、特定非営利活動法人\n"]),
                    ja: "content/search-synonyms.yml:2:5: error: 「NPO法人」は、空白や記号が入っているか、英字と日本語がまざっているので、一つのことばとして探せません [CS2903]\n    ヒント: 空白や記号を除き、英字のことばと日本語のことばは分けて書いてください。例: NPO、特定非営利活動法人",
                    en: "content/search-synonyms.yml:2:5: error: 'NPO法人' cannot be searched as one word: it has spaces or punctuation, or mixes Latin letters and Japanese [CS2903]\n    hint: write it without spaces or symbols, and Latin and Japanese words apart, e.g. NPO、特定非営利活動法人"),
    ]
}
