extension RenderContext {
    /// Writes the open data into `staging` a record at a time, and
    /// `data/catalog.json` after it; without a staging folder (`check`) only
    /// measures the files. Returns what `/data/` and the catalogue say of
    /// each file (its size and record count), without the texts: the page is
    /// rendered from this (`openData`) after the files are written.
    func writeOpenData(into staging: StagingFolder?) throws -> [OpenDataSet] {
        let sets = try openDataSets(into: staging.map { .staging($0) } ?? .nowhere)
        try staging?.write(catalogueFile(sets))
        return sets
    }

    /// `data/catalog.json`, which describes every file of `sets`.
    func catalogueFile(_ sets: [OpenDataSet]) -> OutputFile {
        OutputFile(path: "data/catalog.json", text: catalogue(sets).serialized(pretty: true, scriptSafe: false) + "\n")
    }
}
