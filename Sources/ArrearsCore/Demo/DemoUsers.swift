/// The people of the demo income team. Logins follow the patch they work so a demonstrator can say
/// "log in as agent.e03"; display names are invented but ordinary.
public enum DemoUsers {
    public static let eastPatches = (1...8).map { "E0\($0)" }
    public static let westPatches = (1...7).map { "W0\($0)" }
    public static let rentPatches = eastPatches + westPatches
    public static let leaseholdPatches = (1...7).map { "SC\($0)" }

    /// Somebody who left the team: their login still appears on older diary entries.
    public static let formerAgent = "agent.kb"

    public static let all: [User] = {
        let agentNames = ["Grace Adeyemi", "Tom Whitfield", "Nilüfer Aksoy", "Marcus Bailey", "Fatima Begum",
                          "Piotr Nowicki", "Deborah Mensah", "Conor Walsh", "Ayesha Khan", "Rachel Goldstein",
                          "Kemi Ogunbiyi", "Hugo Fernandes", "Sinéad Byrne", "Daniel Osei", "Yasemin Kaplan"]
        var users: [User] = []
        for (patch, name) in zip(rentPatches, agentNames) {
            users.append(User(login: agentLogin(patch), displayName: name, role: .agent, patches: [patch]))
        }
        let officers: [(String, String, [String])] = [
            ("lho.1", "Patricia Lindqvist", ["SC1", "SC2"]),
            ("lho.2", "Adrian Hoxha", ["SC3", "SC4"]),
            ("lho.3", "Mina Patel", ["SC5", "SC6"]),
            ("lho.4", "Jonathan Achebe", ["SC7"]),
        ]
        for (login, name, patches) in officers {
            users.append(User(login: login, displayName: name, role: .leaseholdOfficer, patches: patches))
        }
        users.append(User(login: "lead.income", displayName: "Helen Okonjo", role: .teamLead))
        users.append(User(login: "audit.income", displayName: "Raymond Chu", role: .auditor))
        users.append(User(login: "admin.income", displayName: "Sam Oduya", role: .administrator))
        users.append(User(login: formerAgent, displayName: "Brian Keane", role: .agent, disabled: true))
        return users
    }()

    public static func agentLogin(_ patch: String) -> String { "agent.\(patch.lowercased())" }

    /// The officer who works a patch (nil for an unassigned patch).
    public static func officer(forPatch patch: String?) -> String? {
        guard let patch else { return nil }
        if patch.hasPrefix("SC") {
            return all.first { $0.role == .leaseholdOfficer && $0.patches.contains(patch) }?.login
        }
        return agentLogin(patch)
    }
}
