import CNcursesw
import ArrearsUI

/// Keys as ncurses reports them, decoded once here so that no other module sees ncurses key codes.
enum KeyDecoder {
    /// Decodes one `get_wch` result.
    static func decode(status: Int32, value: UInt32) -> Key? {
        if status == Int32(cw_key_code_yes()) {
            return decodeFunctionKey(Int32(bitPattern: value))
        }
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            if code >= KEY_F0 + 1 && code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
            return nil
        }
    }
}
