/// A realistic group page's front matter, for speed and robustness tests.
enum FrontMatterSample {
    static let groupPage = """
    title: 子ども食堂ネットワーク北区
    slug: kodomo-shokudo-kita
    kana: こどもしょくどうねっとわーくきたく
    established: 2015-04-01
    legal_form: NPO法人
    fields:
      - 子どもの健全育成
      - まちづくりの推進
      - 保健、医療又は福祉の増進
    tags: [食育, 居場所, ボランティア募集]
    members: 42
    fees: 1000
    active: true
    contact:
      name: 山田 花子
      tel: "03-1234-5678"
      email: info@example.jp
      url: https://example.jp/#top
    address: 東京都北区1-2-3 市民活動センター内
    summary: >
      地域の子どもたちに温かい食事と
      安心できる居場所を届けています。
    description: |
      毎月第2・第4土曜日に開催しています。
      どなたでも参加できます。

      食材の寄付も受け付けています。
    links:
      - name: 公式サイト
        url: https://example.jp
      - name: Instagram
        url: https://instagram.com/example # SNS
    events:
      - date: 2024-05-11
        title: 'みんなの食堂 ''春'''
        place: 北区センター 2F
      - date: 2024-05-25
        title: みんなの食堂
        place: 北区センター 2F
    grants:
      - name: 市民活動助成金
        year: 2023
        amount: 300000
    collaboration: {partner: 北区役所, since: 2019, kind: 協働事例}
    notes: ~
    hours: "10:00-14:00"
    ratio: 0.75
    """
}
