import Foundation
import Testing
@testable import ArrearsCore

@Suite struct LetterGoldenTests {
    /// Letter 1 for a secure tenant, exactly as it prints: sender, address window, date (the next
    /// working day after Thursday 4 June 2026), references, GOV.UK money, and the footer.
    @Test func rentLetterOneGolden() {
        let t = LetterFixtures.template("rent_letter_1")
        let letter = LetterFixtures.render(t, caseFile: LetterFixtures.caseFitting(t))
        #expect(letter.text == Self.rentLetterOne)
        #expect(letter.pageCount == 2)
        #expect(PreparedLetter(letter).verdict.canSendThroughNotify)
    }

    /// A garage notice to quit for a joint tenant with a correspondence address: the letter goes
    /// there, with the postcode as Notify prints it.
    @Test func garageNoticeToCorrespondenceAddressGolden() {
        let t = LetterFixtures.template("garage_notice_to_quit")
        var caseFile = LetterFixtures.caseFitting(t)
        caseFile.account.contacts = [LetterFixtures.jointTenant]
        let letter = LetterFixtures.render(t, caseFile: caseFile, contact: LetterFixtures.jointTenant)
        #expect(letter.address.source == .correspondence)
        #expect(letter.text == Self.garageNotice)
    }

    static let rentLetterOne = """
                                                     Kingsmere Borough Council
                                                        Income Collection Team
                                                           Kingsmere Town Hall
                                                                1 Civic Square
                                                                 London E8 1ZZ
                                                          Phone: 020 7946 0100
                                                Email: rents@kingsmere.example


            Ms Amara Okafor
            Flat 12 Nisbet House
            Homerton High Street
            London
            E9 6AA



        Date: 5 June 2026
        Our reference: 0123456/01
        Payment reference: 2284917365

        Dear Ms Okafor

        Your rent account is in arrears

        Your rent account for Flat 12 Nisbet House, Homerton High Street,
        London E9 6AA is in arrears. You owe £1,234.50.

        Your rent is £125.40 a week. Please keep paying your rent and pay the
        arrears as well.

        If you cannot pay the whole amount now, contact us so that we can
        agree a plan you can afford. We would rather hear from you early.

        We can help

        If you are having money problems, talk to us as soon as you can. We
        can:

        • check you are getting all the benefits you are entitled to,
          including Housing Benefit or the housing part of Universal Credit
        • agree a plan for you to pay what you owe in amounts you can afford
        • put you in touch with free, independent debt advice

        If you have already paid, or agreed a plan with us in the last few
        days, thank you: you do not need to do anything else.

        How to pay

        • online at www.kingsmere.example/pay
        • by phone on 020 7946 0100, with a debit or credit card
        • by Direct Debit or standing order: phone us and we will set it up

        Quote your payment reference 2284917365 whenever you pay.

        What happens if you do not pay

        If you do not pay or contact us, we may serve a legal notice on you.
        That notice is the first step towards asking the court for possession
        of your home. We do not want to do this.





        Kingsmere Borough Council · reference 0123456/01           Page 1 of 2
        \u{0C}Contact us

        Phone: 020 7946 0100
        Email: rents@kingsmere.example

        Or write to Income Collection Team, Kingsmere Town Hall, 1 Civic
        Square, London E8 1ZZ.

        Free, independent advice

        You can get free and confidential advice about money and housing from:

        • Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
        • Shelter: england.shelter.org.uk or 0808 800 4444
        • National Debtline: www.nationaldebtline.org or 0808 808 4000
        • StepChange Debt Charity: www.stepchange.org or 0800 138 1111

        Yours sincerely

        Income Collection Team
        Kingsmere Borough Council












































        Kingsmere Borough Council · reference 0123456/01           Page 2 of 2

        """

    static let garageNotice = """
                                                     Kingsmere Borough Council
                                                        Income Collection Team
                                                           Kingsmere Town Hall
                                                                1 Civic Square
                                                                 London E8 1ZZ
                                                          Phone: 020 7946 0100
                                                Email: rents@kingsmere.example


            Mr Daniel Okafor
            Flat 3
            27 Dalston Lane
            London
            E8 3DF



        Date: 5 June 2026
        Our reference: 0123456/01
        Payment reference: 2284917365

        Notice to quit your garage

        To: Mr Daniel Okafor
        Garage: Flat 12 Nisbet House, Homerton High Street, London E9 6AA

        Dear Mr Okafor

        The rent for your garage is in arrears. You owe £1,234.50.

        Under your garage tenancy agreement, Kingsmere Borough Council gives
        you 7 days' notice to quit. Your tenancy of the garage ends on
        12 June 2026.

        What you need to do

        • empty the garage and return the keys to us by 12 June 2026
        • pay the arrears: the debt does not end when the tenancy ends

        If you pay the arrears in full before 12 June 2026, contact us: we may
        agree to let you keep the garage.

        Anything left in the garage after the tenancy ends will be dealt with
        under the Torts (Interference with Goods) Act 1977. We may charge you
        for removing and storing it.

        To pay, go to www.kingsmere.example/pay or phone 020 7946 0100,
        quoting your payment reference 2284917365. To talk to us about this
        notice, phone 020 7946 0100 or email rents@kingsmere.example.

        Yours sincerely

        Income Collection Team
        Kingsmere Borough Council











        Kingsmere Borough Council · reference 0123456/01           Page 1 of 1

        """
}
