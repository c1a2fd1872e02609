/// The SQLite store of a programme and the programme-file and spreadsheet formats.
public enum RoundsStoreModule {}
