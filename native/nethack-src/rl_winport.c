/* rl_winport.c - RlGym's window port: NetHack's tty port (kept for the terminal drawing, NLE's tty_* keys) with
 * our own entries in the window-procs table that record what the game draws as glyph ids, its messages and its
 * inventory, and an observation filled from the game's own state (NLE's keys and layout). Our own code. */
#include "hack.h"
#include "wintty.h"
#include "rl_game.h"
#include <sys/mman.h>

#define MAP_ROWS ROWNO          /* 21 */
#define MAP_COLS (COLNO - 1)    /* 79: map column x is array column x - 1 */
#define MAP_CELLS (MAP_ROWS * MAP_COLS)
#define MESSAGE_BYTES 256
#define INV_ITEMS 55
#define INV_STR_BYTES 80
#define DESCRIPTION_BYTES 80

extern struct window_procs tty_procs;

static int16_t map_glyphs[MAP_CELLS];
static uint8_t map_chars[MAP_CELLS], map_colors[MAP_CELLS], map_specials[MAP_CELLS];
static char message[MESSAGE_BYTES];
static int16_t inv_glyphs[INV_ITEMS];
static uint8_t inv_letters[INV_ITEMS], inv_oclasses[INV_ITEMS];
static char inv_strs[INV_ITEMS][INV_STR_BYTES];
static int in_yn_function, in_getlin, waiting_for_space;
/* screen_descriptions, kept as NLE keeps them: a cell is described when the game draws it on the map and the whole
 * map's descriptions are cleared when the map is; the observation copies them. The buffer (21 x 79 x 80) lives outside
 * the library's data, so resets (which copy that data back) neither copy it nor lose it; describing is off unless the
 * environment asked for the key before the game started (rlnh_describe_cells). */
uint8_t *rl_descriptions;
static int describing;

static void
clear_map(void)
{
    int blank = cmap_to_glyph(S_stone);
    for (int i = 0; i < MAP_CELLS; i++) {
        map_glyphs[i] = (int16_t) blank;
        map_chars[i] = ' ';
        map_colors[i] = 0;
        map_specials[i] = 0;
    }
    if (describing)
        memset(rl_descriptions, 0, (size_t) MAP_CELLS * DESCRIPTION_BYTES);
}

/* What NLE shows for map cell (x, y): do_screen_description's first match for what the map shows there (as the
 * autodescribe feature reports it), cut to 80 bytes and not terminated when that long; nothing when it finds nothing. */
static void
describe_cell(int x, int y, uint8_t *out)
{
    char text[BUFSZ];
    const char *first = NULL;
    coord cc;
    cc.x = x;
    cc.y = y;
    text[0] = '\0';
    memset(out, 0, DESCRIPTION_BYTES);
    if (do_screen_description(cc, TRUE, 0, text, &first, (struct permonst **) 0) && first)
        memcpy(out, first, strnlen(first, DESCRIPTION_BYTES));
}

static void
rl_print_glyph(winid window, XCHAR_P x, XCHAR_P y, int glyph, int bkglyph)
{
    if (window == WIN_MAP && x >= 1 && x < COLNO && y >= 0 && y < ROWNO) {
        int ch, color;
        unsigned special;
        int i = y * MAP_COLS + (x - 1);
        (void) mapglyph(glyph, &ch, &color, &special, x, y, 0);
        map_glyphs[i] = (int16_t) glyph;
        map_chars[i] = (uint8_t) ch;
        map_colors[i] = (uint8_t) color;
        map_specials[i] = (uint8_t) special;
        if (describing)
            describe_cell(x, y, rl_descriptions + (size_t) i * DESCRIPTION_BYTES);
    }
    tty_print_glyph(window, x, y, glyph, bkglyph);
}

static void
rl_clear_nhwindow(winid window)
{
    if (window == WIN_MAP)
        clear_map();
    tty_clear_nhwindow(window);
}

static void
rl_putstr(winid window, int attr, const char *text)
{
    if (window == WIN_MESSAGE && text) {
        strncpy(message, text, MESSAGE_BYTES - 1);
        message[MESSAGE_BYTES - 1] = '\0';
    }
    tty_putstr(window, attr, text);
}

static char
rl_yn_function(const char *query, const char *choices, CHAR_P preset)
{
    in_yn_function = 1;
    char answer = tty_yn_function(query, choices, (char) preset);
    in_yn_function = 0;
    return answer;
}

static void
rl_getlin(const char *query, char *buffer)
{
    in_getlin = 1;
    tty_getlin(query, buffer);
    in_getlin = 0;
}

static void
rl_update_inventory(void)
{
    int n = 0;
    for (struct obj *o = invent; o && n < INV_ITEMS; o = o->nobj, n++) {
        inv_glyphs[n] = (int16_t) obj_to_glyph(o, rn2_on_display_rng);
        inv_letters[n] = (uint8_t) o->invlet;
        inv_oclasses[n] = (uint8_t) o->oclass;
        strncpy(inv_strs[n], doname(o), INV_STR_BYTES - 1);
        inv_strs[n][INV_STR_BYTES - 1] = '\0';
    }
    for (; n < INV_ITEMS; n++) {
        inv_glyphs[n] = MAX_GLYPH;
        inv_letters[n] = 0;
        inv_oclasses[n] = MAXOCLASSES;
        memset(inv_strs[n], 0, INV_STR_BYTES);
    }
    tty_update_inventory();
}

static void
rl_delay_output(void)
{
    /* no pause: the environment runs the game as fast as it can */
}

/* tty's --More-- and menu waits (getline.c), told to the observation (misc, internal) while they wait. */
void __real_xwaitforspace(const char *);
void
__wrap_xwaitforspace(const char *allowed)
{
    waiting_for_space = 1;
    __real_xwaitforspace(allowed);
    waiting_for_space = 0;
}

void
rl_winport_install(void)
{
    windowprocs.win_print_glyph = rl_print_glyph;
    windowprocs.win_clear_nhwindow = rl_clear_nhwindow;
    windowprocs.win_putstr = rl_putstr;
    windowprocs.win_yn_function = rl_yn_function;
    windowprocs.win_getlin = rl_getlin;
    windowprocs.win_update_inventory = rl_update_inventory;
    windowprocs.win_delay_output = rl_delay_output;
    clear_map();
    for (int n = 0; n < INV_ITEMS; n++) {
        inv_glyphs[n] = MAX_GLYPH;
        inv_oclasses[n] = MAXOCLASSES;
    }
}

void
rl_winport_new_step(void)
{
    memset(message, 0, sizeof message);
}

static long
conditions(void)
{
    long mask = 0;
    if (Stoned)
        mask |= BL_MASK_STONE;
    if (Slimed)
        mask |= BL_MASK_SLIME;
    if (Strangled)
        mask |= BL_MASK_STRNGL;
    if (Sick && (u.usick_type & SICK_VOMITABLE))
        mask |= BL_MASK_FOODPOIS;
    if (Sick && (u.usick_type & SICK_NONVOMITABLE))
        mask |= BL_MASK_TERMILL;
    if (Blind)
        mask |= BL_MASK_BLIND;
    if (Deaf)
        mask |= BL_MASK_DEAF;
    if (Stunned)
        mask |= BL_MASK_STUN;
    if (Confusion)
        mask |= BL_MASK_CONF;
    if (Hallucination)
        mask |= BL_MASK_HALLU;
    if (Levitation)
        mask |= BL_MASK_LEV;
    if (Flying)
        mask |= BL_MASK_FLY;
    if (u.usteed)
        mask |= BL_MASK_RIDE;
    return mask;
}

static void
fill_blstats(int64_t *b)
{
    int hp = Upolyd ? u.mh : u.uhp, hpmax = Upolyd ? u.mhmax : u.uhpmax;
    b[0] = u.ux - 1; /* NLE's x: chars[y, x] is the hero */
    b[1] = u.uy;
    b[2] = acurrstr(); /* 3-25, as the game maps 18/xx */
    b[3] = ACURR(A_STR);
    b[4] = ACURR(A_DEX);
    b[5] = ACURR(A_CON);
    b[6] = ACURR(A_INT);
    b[7] = ACURR(A_WIS);
    b[8] = ACURR(A_CHA);
    b[9] = botl_score();
    b[10] = hp < 0 ? 0 : hp;
    b[11] = hpmax;
    b[12] = depth(&u.uz);
    b[13] = money_cnt(invent);
    b[14] = u.uen;
    b[15] = u.uenmax;
    b[16] = u.uac;
    b[17] = Upolyd ? mons[u.umonnum].mlevel : 0;
    b[18] = u.ulevel;
    b[19] = u.uexp;
    b[20] = moves;
    b[21] = u.uhs;
    b[22] = near_capacity();
    b[23] = u.uz.dnum;
    b[24] = u.uz.dlevel;
    b[25] = conditions();
    b[26] = u.ualign.type;
}

/* Turns describing on or off for the next game; the buffer is made on first use and kept for the copy's later games. */
int
rl_winport_describe(int on)
{
    if (on && !rl_descriptions) {
        void *buffer = mmap(NULL, (size_t) MAP_CELLS * DESCRIPTION_BYTES, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (buffer == MAP_FAILED)
            return -1;
        rl_descriptions = buffer;
    }
    describing = on ? 1 : 0;
    return 0;
}

void
rl_winport_release(void)
{
    if (rl_descriptions)
        munmap(rl_descriptions, (size_t) MAP_CELLS * DESCRIPTION_BYTES);
    rl_descriptions = NULL;
    describing = 0;
}

/* The map cells marked in which (21 x 79, non-zero: describe) described now, into out (21 x 79 x 80; the others are
 * left as they are). Test hook: what the kept descriptions are compared with. */
void
rl_winport_describe_now(const uint8_t *which, uint8_t *out)
{
    for (int y = 0; y < ROWNO; y++)
        for (int x = 1; x < COLNO; x++) {
            int i = y * MAP_COLS + x - 1;
            if (which[i])
                describe_cell(x, y, out + (size_t) i * DESCRIPTION_BYTES);
        }
}

void
rl_winport_observe(const rlnh_observation *obs)
{
    if (obs->glyphs)
        memcpy(obs->glyphs, map_glyphs, sizeof map_glyphs);
    if (obs->chars)
        memcpy(obs->chars, map_chars, sizeof map_chars);
    if (obs->colors)
        memcpy(obs->colors, map_colors, sizeof map_colors);
    if (obs->specials)
        memcpy(obs->specials, map_specials, sizeof map_specials);
    if (obs->blstats)
        fill_blstats(obs->blstats);
    if (obs->message)
        memcpy(obs->message, message, MESSAGE_BYTES);
    if (obs->inv_glyphs)
        memcpy(obs->inv_glyphs, inv_glyphs, sizeof inv_glyphs);
    if (obs->inv_letters)
        memcpy(obs->inv_letters, inv_letters, sizeof inv_letters);
    if (obs->inv_oclasses)
        memcpy(obs->inv_oclasses, inv_oclasses, sizeof inv_oclasses);
    if (obs->inv_strs)
        memcpy(obs->inv_strs, inv_strs, sizeof inv_strs);
    if (obs->screen_descriptions) {
        if (describing)
            memcpy(obs->screen_descriptions, rl_descriptions, (size_t) MAP_CELLS * DESCRIPTION_BYTES);
        else
            memset(obs->screen_descriptions, 0, (size_t) MAP_CELLS * DESCRIPTION_BYTES);
    }
    if (obs->program_state) {
        obs->program_state[0] = program_state.gameover;
        obs->program_state[1] = program_state.panicking;
        obs->program_state[2] = program_state.exiting;
        obs->program_state[3] = program_state.in_moveloop;
        obs->program_state[4] = program_state.in_impossible;
        obs->program_state[5] = program_state.something_worth_saving;
    }
    if (obs->internal) {
        obs->internal[0] = deepest_lev_reached(FALSE);
        obs->internal[1] = in_yn_function;
        obs->internal[2] = in_getlin;
        obs->internal[3] = waiting_for_space;
        obs->internal[4] = (u.ux == xdnstair && u.uy == ydnstair) ? 1 : 0;
        obs->internal[5] = 0;
        obs->internal[6] = 0;
        obs->internal[7] = u.uhunger;
        obs->internal[8] = u.urexp;
    }
    if (obs->misc) {
        obs->misc[0] = in_yn_function;
        obs->misc[1] = in_getlin;
        obs->misc[2] = waiting_for_space;
    }
}
