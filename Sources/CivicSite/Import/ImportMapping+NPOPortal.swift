extension ImportMapping {
    /// `--map npo-portal`: the CSV of 内閣府 NPO法人ポータルサイト (行政入力
    /// 情報, saved in CP932). Its 20 activity-field columns follow the
    /// current Act; our 17 fields are the 2003–2012 Act's, so 観光 and
    /// 農山漁村・中山間地域 (added in 2012, and certified under まちづくり
    /// before) become まちづくり, and 条例で定める活動 has no counterpart: it
    /// is warned about and not imported. docs/import.md explains each choice.
    static let npoPortal = """
    columns:
      法人名称: title
      法人名称カナ: kana
      所轄庁: ignore
      権限移譲先市町村: ignore
      主たる事務所の所在地: address
      主たる事業所の郵便番号: ignore
      従たる事務所の所在地: ignore
      代表者氏名: representative
      団体代表者名（フリガナ）: ignore
      法人設立認証年月日: ignore
      設立年月日: founded
      定款に記載された目的: summary
      活動分野１: fields/health-welfare
      活動分野２: fields/social-education
      活動分野３: fields/community-development
      活動分野４: fields/community-development
      活動分野５: fields/community-development
      活動分野６: fields/culture-arts-sports
      活動分野７: fields/environment
      活動分野８: fields/disaster-relief
      活動分野９: fields/community-safety
      活動分野１０: fields/human-rights-peace
      活動分野１１: fields/international-cooperation
      活動分野１２: fields/gender-equality
      活動分野１３: fields/children
      活動分野１４: fields/information-society
      活動分野１５: fields/science-technology
      活動分野１６: fields/economic-activity
      活動分野１７: fields/employment-skills
      活動分野１８: fields/consumer-protection
      活動分野１９: fields/npo-support
      活動分野２０: field-without-counterpart
      認定（認定・特例認定１）: type=certified-npo
      認定（認定・特例認定２）: type=special-certified-npo
      認定（認定・特例認定３）: ignore
      認定（認定・特例認定４）: ignore
      認定（PST基準１）: ignore
      認定（PST基準２）: ignore
      認定（PST基準３）: ignore
      認定（PST基準 条例指定（都道府県及び市区町村名））: ignore
      認定（認定開始日）: ignore
      認定（認定満了日）: ignore
      認定（認定取消日）: ignore
      認定（特例認定年月日）: ignore
      認定（特例認定満了日）: ignore
      認定（特例認定取消日）: ignore
      監督情報: ignore
      解散情報: ignore
      法人情報URL: ignore
      法人番号: corporate_number
      条例個別指定フラグ: ignore
      特定非営利活動に係る事業: body
      その他の事業: ignore
      事業年度開始日: ignore
      事業年度終了日: ignore
      "条例個別指定：有効期間(開始日)": ignore
      "条例個別指定：有効期間(満了日)": ignore
      "条例個別指定：有効期限（更新申請日)": ignore
      "条例個別指定：有効期限（更新日)": ignore
      "条例個別指定：有効期限（条例個別指定：取消日)": ignore
    defaults:
      type: npo
    """
}
