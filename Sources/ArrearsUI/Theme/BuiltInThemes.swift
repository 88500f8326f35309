/// The themes every copy of the program can show without finding a folder: the default and the
/// monochrome one (`NO_COLOR`). They are the files in `Themes/`, word for word (a test keeps them so),
/// built in so that a binary copied anywhere starts; a file of the same name in a theme folder wins.
public enum BuiltInThemes {
    public static let texts: [String: String] = ["default": defaultTheme, "monochrome": monochromeTheme]

    static let defaultTheme = """
    # Default theme for Arrears Workbench. Format: docs/themes.md.
    description Dark background: the default

    # color <role> <foreground> <background> [attributes]
    color normal         default default
    color muted          bright-black default
    color heading        bright-white default bold
    color title          bright-white default bold
    color border         bright-black default
    color border.focus   cyan default bold
    color selection      black cyan
    color tab.active     black cyan bold
    color tab.inactive   default default
    color statusbar      white 236
    color statusbar.key  bright-yellow 236 bold
    color message        bright-white 236 bold
    color error          bright-red default bold
    color warning        yellow default
    color success        green default
    color breadcrumb     bright-white 24
    color filterline     cyan default
    color rag.red        bright-red default bold
    color rag.amber      yellow default bold
    color rag.green      green default bold
    color money.arrears  216 default
    color money.credit   green default
    color overdue        bright-red default underline
    color hold           magenta default
    color graph          cyan default
    color input          bright-white 236
    color input.cursor   black bright-white
    color overlay        default 235
    color overlay.title  bright-white 235 bold
    color highlight      bright-yellow default bold
    color link           bright-cyan default

    # mono <role> <attributes>: used under NO_COLOR and on terminals without colour
    mono  normal         normal
    mono  muted          dim
    mono  heading        bold
    mono  title          bold
    mono  border         normal
    mono  border.focus   bold
    mono  selection      reverse
    mono  tab.active     bold underline
    mono  tab.inactive   normal
    mono  statusbar      reverse
    mono  statusbar.key  reverse bold
    mono  message        reverse
    mono  error          bold underline
    mono  warning        bold
    mono  success        normal
    mono  breadcrumb     underline
    mono  filterline     normal
    mono  rag.red        bold
    mono  rag.amber      normal
    mono  rag.green      normal
    mono  money.arrears  bold
    mono  money.credit   normal
    mono  overdue        underline
    mono  hold           underline
    mono  graph          normal
    mono  input          underline
    mono  input.cursor   reverse
    mono  overlay        normal
    mono  overlay.title  bold
    mono  highlight      bold underline
    mono  link           underline
    """

    static let monochromeTheme = """
    # Monochrome theme for Arrears Workbench: attributes only, in colour terminals too. Format: docs/themes.md.
    description Attributes only: bold, underline, reverse and dim; no colour

    # color <role> <foreground> <background> [attributes]
    color normal         default default
    color muted          default default dim
    color heading        default default bold
    color title          default default bold
    color border         default default
    color border.focus   default default bold
    color selection      default default reverse
    color tab.active     default default bold underline
    color tab.inactive   default default
    color statusbar      default default reverse
    color statusbar.key  default default reverse bold
    color message        default default reverse
    color error          default default bold underline
    color warning        default default bold
    color success        default default
    color breadcrumb     default default underline
    color filterline     default default
    color rag.red        default default bold
    color rag.amber      default default
    color rag.green      default default
    color money.arrears  default default bold
    color money.credit   default default
    color overdue        default default underline
    color hold           default default underline
    color graph          default default
    color input          default default underline
    color input.cursor   default default reverse
    color overlay        default default
    color overlay.title  default default bold
    color highlight      default default bold underline
    color link           default default underline

    # mono <role> <attributes>
    mono  normal         normal
    mono  muted          dim
    mono  heading        bold
    mono  title          bold
    mono  border         normal
    mono  border.focus   bold
    mono  selection      reverse
    mono  tab.active     bold underline
    mono  tab.inactive   normal
    mono  statusbar      reverse
    mono  statusbar.key  reverse bold
    mono  message        reverse
    mono  error          bold underline
    mono  warning        bold
    mono  success        normal
    mono  breadcrumb     underline
    mono  filterline     normal
    mono  rag.red        bold
    mono  rag.amber      normal
    mono  rag.green      normal
    mono  money.arrears  bold
    mono  money.credit   normal
    mono  overdue        underline
    mono  hold           underline
    mono  graph          normal
    mono  input          underline
    mono  input.cursor   reverse
    mono  overlay        normal
    mono  overlay.title  bold
    mono  highlight      bold underline
    mono  link           underline
    """
}
