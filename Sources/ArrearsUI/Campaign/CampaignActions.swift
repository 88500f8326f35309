import ArrearsCore

extension ActionID {
    public static let rentCampaign: ActionID = "rent-campaign"
    public static let queueCampaign: ActionID = "queue-campaign"
}

/// The team lead's rent campaign: one text message (or email) to every case a filter picks. Roles come
/// from the core's permission matrix (`send_campaign`); anyone else sees them greyed with the core's reason.
enum CampaignActions {
    static let all: [WorkAction] = [
        WorkAction(id: .rentCampaign, title: "Rent campaign: one text message or email to every case a filter picks",
                   keys: ["M"], operation: .sendCampaign, contexts: [.teamLead], group: .screens),
        WorkAction(id: .queueCampaign, title: "Queue the campaign's messages for GOV.UK Notify", keys: ["s"],
                   operation: .sendCampaign, contexts: [.campaign], group: .automation, destructive: true, hint: "queue"),
    ]
}
