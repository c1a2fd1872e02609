/// Dates, bank holidays, the facilitator rota and preparation meetings.
public enum RoundsScheduling {}
