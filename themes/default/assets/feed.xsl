<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the Atom feed (feed.xml) as a readable page when it is opened in a
     browser; feed readers ignore it. Links resolve against feed.xml, at the
     site's root. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom" exclude-result-prefixes="a">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/a:feed">
<html lang="ja">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>更新情報（フィード）｜<xsl:value-of select="a:title"/></title>
<link rel="stylesheet" href="assets/style.css"/>
</head>
<body>
<main id="main" class="wrap">
<h1><xsl:value-of select="a:title"/>の更新情報</h1>
<p class="lead">このページはフィード（Atom 形式）です。お使いのフィードリーダーにこのページのアドレスを登録すると、新しく載った団体・イベント・助成金の情報を受け取れます。</p>
<p><a href="{a:link[@rel='alternate']/@href}">サイトのトップページへ</a></p>
<ul class="cards">
<xsl:for-each select="a:entry">
<li class="card">
<h2 class="card-title"><a href="{a:link/@href}"><xsl:value-of select="a:title"/></a></h2>
<p class="meta"><time datetime="{a:updated}"><xsl:value-of select="concat(substring(a:updated, 1, 4), '年', number(substring(a:updated, 6, 2)), '月', number(substring(a:updated, 9, 2)), '日')"/></time></p>
<p><xsl:value-of select="a:summary"/></p>
</li>
</xsl:for-each>
</ul>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
