/// Reading a file's text and its front-matter syntax. The entries are
/// defined by concern in `Catalogue+FrontMatter*.swift`; these lists are
/// what `explain` and the documentation see.
extension Catalogue {
    /// Bytes and encodings: CS1001–CS1049.
    static let sourceText: [Message] = [
        .savedAsUTF16, .looksLikeShiftJIS, .looksLikeEUCJP, .invalidUTF8, .sourceUnreadable,
    ]

    /// Front-matter syntax: the CS11xx–CS19xx messages.
    static let frontMatter: [Message] = [
        // The --- lines and document markers.
        .missingOpening, .notClosed, .forgottenCloser, .closerLookAlike, .closerHyphenCount, .dotsAsCloser,
        .strayCloser, .documentEndMarker, .secondDocument, .directive,
        // Keys.
        .missingColon, .missingColonAfterQuotedKey, .keyMissingBeforeColon, .keyBadStart, .quotedKeyOnOneLine, .keyOnOneLine,
        .mergeKey, .duplicateKey, .listItemWhereKeyExpected, .topLevelList, .fullWidthColon, .noSpaceAfterColon,
        .invisibleAfterColon, .invisibleInKey,
        // Indentation.
        .tabInIndentation, .fullWidthSpaceInIndentation, .badIndentation, .badListIndentation, .badKeyIndentation,
        .nestingTooDeep,
        // Values.
        .textAfterValue, .colonSpaceInValue, .colonAtValueEnd, .listOnKeyLine, .unexpectedCharacter, .numberTooLarge,
        .valueBadStart, .blockScalarHeader, .blockScalarLeadingBlank, .unterminatedDoubleQuote, .unterminatedSingleQuote,
        .unknownEscape, .escapeNeedsHexDigits, .escapeNotACharacter, .escapeGivesControl,
        // Brackets, unsupported YAML, characters.
        .unclosedBracket, .unclosedBrace, .extraCommaInBrackets, .extraCommaInBraces, .bracketsExpectComma,
        .bracesExpectComma, .pairInBrackets, .blockScalarInFlow, .dashInFlow, .anchor, .alias, .tag, .explicitKey,
        .controlCharacter, .byteOrderMarkInside,
    ]
}
