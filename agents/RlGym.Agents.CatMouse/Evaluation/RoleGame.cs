using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// The games a brain of each role plays, for training and for evaluation alike.
/// <list type="bullet">
/// <item>Mouse: the seed's game. The cat stands still, the brain moves the mouse, the teacher is the seed's flee rule;
/// every game lasts its full length (the seed's game does not stop when the mouse walks onto the cat).</item>
/// <item>Cat: the duel's rules. The brain moves the cat while the mouse moves by the seed's flee rule (in training
/// sometimes at random instead); both move at once; the teacher is the greedy chase. A catch (one cell, or swapped
/// cells) ends the game, as in CatMouseDuel-v0.</item>
/// </list>
/// Start cells are drawn cat x, cat y, mouse x, mouse y; for the cat the mouse is redrawn (x, then y) while it is on the
/// cat's cell, since a duel never starts caught.
/// </summary>
internal static class RoleGame
{
    public static CatMouseState Start(Rng rng, BrainRole role, int width, int height)
    {
        int catX = rng.NextInt(width), catY = rng.NextInt(height);
        int mouseX = rng.NextInt(width), mouseY = rng.NextInt(height);
        while (role == BrainRole.Cat && catX == mouseX && catY == mouseY)
        {
            mouseX = rng.NextInt(width);
            mouseY = rng.NextInt(height);
        }
        return new CatMouseState(catX, catY, mouseX, mouseY, width, height, 0);
    }

    public static Direction Teacher(BrainRole role, in CatMouseState state) =>
        role == BrainRole.Mouse ? CatMouseRules.FleeDirection(state) : CatMouseRules.ChaseDirection(state);

    /// <summary>The mouse's own move in a cat game: the seed's flee rule.</summary>
    public static Direction MouseMove(in CatMouseState state) => CatMouseRules.FleeDirection(state);

    /// <summary>Plays the brain's move (and, for the cat, the mouse's); returns true when the game ended in a catch.</summary>
    public static bool Advance(BrainRole role, ref CatMouseState state, Direction brain, Direction mouse)
    {
        int w = state.Width, h = state.Height;
        if (role == BrainRole.Mouse)
        {
            var (x, y) = CatMouseRules.Move(state.MouseX, state.MouseY, brain, w, h);
            state = state with { MouseX = x, MouseY = y, Step = state.Step + 1 };
            return false;
        }
        var (catX, catY) = CatMouseRules.Move(state.CatX, state.CatY, brain, w, h);
        var (mouseX, mouseY) = CatMouseRules.Move(state.MouseX, state.MouseY, mouse, w, h);
        bool met = catX == mouseX && catY == mouseY;
        bool swapped = catX == state.MouseX && catY == state.MouseY && mouseX == state.CatX && mouseY == state.CatY;
        state = new CatMouseState(catX, catY, mouseX, mouseY, w, h, state.Step + 1);
        return met || swapped;
    }
}
