/// The city's areas in `site.yml` and places on the map: the CS27xx messages.
extension Message {
    /// `{value}` the item as written; hint `{line}` the two lines to write.
    public static let areaNotIDAndName = Message("CS2701", .error,
        ja: "「areas」の地区は「id:」と「name:」の2行で書きます（書かれた値:「{value}」）",
        en: "each item of 'areas' needs an 'id' and a 'name', found '{value}'",
        hint: Hint(ja: "「- id: 」のあとに半角の小文字の英字（ページのアドレスになります）、次の行に「  name: {value}」と書いてください",
                   en: "write '- id: ' with lowercase ascii letters (the address of its page), and '  name: {value}' on the next line"),
        explainJa: """
        site.yml の areas: には、市の公式の地区を1つずつ、id（ページのアドレスになる半角英字の名前）と
        name（サイトに出る名前）の2行で書きます。名前だけでは、地区のページのアドレスが決まりません。

        例:
        areas:
          - 本町地区
        直し方:
        areas:
          - id: honcho
            name: 本町地区
        """,
        explainEn: """
        areas: in site.yml lists the city's official districts, each with an id (the address of its
        page, lowercase ASCII) and a name (as shown). A name alone gives its page no address.

        Example: 'areas:' with the item '- 本町地区'
        Fix: '- id: honcho' and '  name: 本町地区' on the next line.
        """)

    /// `{value}`; hint `{line}` a suggested id line, or the usual slug form.
    public static let areaIDNotValid = Message("CS2702", .error,
        ja: "地区の id には半角の小文字の英字、数字、ハイフン（-）だけを使います（書かれた値:「{value}」）",
        en: "area id must use lowercase ascii letters, digits and hyphens, found '{value}'",
        hint: .slugForm,
        explainJa: """
        地区の id は、その地区のページのアドレス（/areas/honcho/）になります。どのコンピューターでも同じに
        扱えるよう、半角の小文字の英字、数字、ハイフンだけで書きます。

        例: id: 本町
        直し方: id: honcho
        """,
        explainEn: """
        An area's id is the address of its page (/areas/honcho/); only lowercase ASCII letters,
        digits and hyphens are safe everywhere.

        Example: id: 本町
        Fix: id: honcho
        """)

    /// `{value}` the id or name written twice; `{key}` `id` or `name`.
    public static let duplicateArea = Message("CS2703", .error,
        ja: "「areas」に「{value}」が2回書かれています（{key}）",
        en: "'{value}' appears twice in 'areas' ({key})",
        hint: Hint(ja: "地区ごとに別の id と name を書いてください", en: "give each area its own id and name"),
        explainJa: """
        2つの地区に同じ id か同じ name が書かれています。同じ id では2つの地区のページが重なり、
        同じ name では団体の area: にどちらを書いたのか分かりません。

        直し方: 写し間違えた方の id と name を、その地区のものに直します。
        """,
        explainEn: """
        Two areas have the same id (their pages would collide) or the same name (an area: could mean
        either).

        Fix: give the copied one its own id and name.
        """)

    /// `{key}`, `{value}` as written; hint `{line}` the same number half-width.
    public static let coordinateNotNumber = Message("CS2710", .error,
        ja: "「{key}」は度の小数で書きます（書かれた値:「{value}」）",
        en: "'{key}' must be decimal degrees such as 35.6812, found '{value}'",
        hint: Hint(ja: "地図のサイトに出る緯度・経度の数を書いてください（例: lat: 35.6812 と lon: 139.7671）",
                   en: "write the latitude and longitude a map site shows, e.g. 'lat: 35.6812' and 'lon: 139.7671'"),
        explainJa: """
        lat（緯度）と lon（経度）は、地図に正確な位置の印を付けるための数です。地理院地図や OpenStreetMap で
        場所を選ぶと出る、35.6812 のような小数で書きます。「35度40分」のような度分秒や、全角の数字は使えません。

        例: lat: 北緯35.68
        直し方: lat: 35.68
        """,
        explainEn: """
        lat and lon place an exact pin on the map, as decimal degrees such as 35.6812 (what 地理院地図 or
        OpenStreetMap show for a place); degrees and minutes or full-width digits cannot be read.

        Example: lat: 北緯35.68
        Fix: lat: 35.68
        """)

    /// `{key}`, `{value}`, `{min}`, `{max}`.
    public static let coordinateOutOfRange = Message("CS2711", .error,
        ja: "「{key}」は {min} から {max} までの数です（書かれた値: {value}）",
        en: "'{key}' must be between {min} and {max}, found {value}",
        hint: Hint(ja: "lat は南北の位置（緯度）、lon は東西の位置（経度）です",
                   en: "lat is the north-south position (latitude), lon the east-west one (longitude)"),
        explainJa: """
        緯度（lat）は -90〜90、経度（lon）は -180〜180 の数です。日本ならおよそ lat が 20〜46、lon が 122〜154 です。
        lat と lon を入れ替えて書くと、この範囲を外れることがあります。

        例: lat: 139.7671 / lon: 35.6812
        直し方: lat: 35.6812 / lon: 139.7671
        """,
        explainEn: """
        Latitude (lat) is between -90 and 90, longitude (lon) between -180 and 180; in Japan lat is
        about 20–46 and lon 122–154. Swapping them often leaves this range.

        Example: lat: 139.7671 / lon: 35.6812
        Fix: lat: 35.6812 / lon: 139.7671
        """)

    /// `{key}` written, `{other}` missing.
    public static let coordinateAlone = Message("CS2712", .error,
        ja: "「{key}」だけが書かれていて「{other}」がありません",
        en: "'{key}' is written without '{other}'",
        hint: Hint(ja: "地図の印には lat と lon の両方が必要です。両方書くか、両方消してください",
                   en: "a pin needs both 'lat' and 'lon'; write both or neither"),
        explainJa: """
        地図に印を付けるには、緯度（lat）と経度（lon）の両方が必要です。片方だけでは場所が決まりません。
        書かなければ、住所や会場名で地図を検索するリンクになります。

        例: lat: 35.6812（lon がない）
        直し方: lon: 139.7671 を加えるか、lat の行を消します。
        """,
        explainEn: """
        A pin needs both latitude (lat) and longitude (lon); one alone places nothing. Without them the
        page links to a map search for the address or venue.

        Example: lat: 35.6812 with no lon
        Fix: add lon: 139.7671, or remove lat.
        """)
}

extension Hint {
    /// `{line}`: a suggested `id:` line for an area.
    public static let areaIDLine = Hint(ja: "「{line}」のように書いてください", en: "write e.g. '{line}'")
    /// `{lat}`, `{lon}` as written: they look swapped.
    public static let coordinatesSwapped = Hint(ja: "lat と lon が入れ替わっているようです。「lat: {lon}」「lon: {lat}」と書いてください",
                                                en: "'lat' and 'lon' look swapped; write 'lat: {lon}' and 'lon: {lat}'")
}

extension Catalogue {
    static let valueAreas: [Message] = [
        .areaNotIDAndName, .areaIDNotValid, .duplicateArea, .coordinateNotNumber, .coordinateOutOfRange, .coordinateAlone,
    ]
}
