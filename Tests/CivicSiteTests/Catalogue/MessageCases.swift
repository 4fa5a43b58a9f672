/// The cases of every stage; each stage's file adds its list here.
enum MessageCases {
    static var all: [MessageCase] {
        commandLine + loading + frontMatter + output + links + reading + values + status + records + community + theme + media + bodies
            + preview + newRecords + imports + searchSynonyms
    }
}
