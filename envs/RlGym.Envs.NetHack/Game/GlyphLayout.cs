namespace RlGym.Envs.NetHack.Game;

/// <summary>Where NetHack 3.6.6 (as built) puts its kinds of glyph ids, as the game's own headers define them.</summary>
/// <param name="MonsterOffset">GLYPH_MON_OFF: monster glyphs start here.</param>
/// <param name="PetOffset">GLYPH_PET_OFF: tame monsters' glyphs start here.</param>
/// <param name="Monsters">NUMMONS: how many monster kinds there are.</param>
/// <param name="Stone">The glyph of dark stone, what a map cell never seen shows.</param>
/// <param name="MaxGlyph">MAX_GLYPH: one past the last glyph id.</param>
/// <param name="Oracle">PM_ORACLE: the Oracle's monster index.</param>
internal readonly record struct GlyphLayout(int MonsterOffset, int PetOffset, int Monsters, int Stone, int MaxGlyph, int Oracle)
{
    /// <summary>True when <paramref name="glyph"/> shows a pet.</summary>
    public bool IsPet(int glyph) => glyph >= PetOffset && glyph < PetOffset + Monsters;

    /// <summary>True when <paramref name="glyph"/> shows the Oracle.</summary>
    public bool IsOracle(int glyph) => glyph == MonsterOffset + Oracle;
}
