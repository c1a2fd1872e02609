/// Facilitator packs rendered from Mustache templates, and the excerpt library.
public enum RoundsPacks {}
