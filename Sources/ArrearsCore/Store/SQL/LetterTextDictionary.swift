/// The preset dictionary of packed letter text, version 1 (`LetterTextPacking`): the text of one letter
/// of each built-in template as the demo printed them in December 2026, rarest template first, so that
/// deflate finds the paragraphs every letter shares and stores a letter of about 3 KB in about 280
/// bytes. Part of the stored format: every packed letter names the dictionary it was packed with, so
/// this text must never change (a test pins its checksum). Better text for later templates is a new
/// version beside this one. Form feeds (page breaks) and trailing spaces are written as escapes so that
/// no editor can change them unseen. The names and addresses in it are the demo's synthetic ones.
enum LetterTextDictionary {
    static let version1 = """

  [ ] D  I do not owe the amount claimed, because:

         ____________________________________________________________

         ____________________________________________________________

         ____________________________________________________________

         I enclose copies of these documents:

         ____________________________________________________________



Kingsmere Borough Council · reference 9628777/01          Page 5 of 11
\u{0C}Section 3: time and advice

  [ ] I need more time to get advice. I am getting advice from:

      Name of adviser or organisation  _______________________________

      Date of my appointment  ____________________

  [ ] I would like you to deal with my adviser. Their details are:

      ________________________________________________________________

Section 4: signature

  Signed  __________________________________   Date  _______________

Send this form to Leasehold Services, Kingsmere Town Hall, 1 Civic
Square, London E8 1ZZ, or by email to leasehold@kingsmere.example.















































Kingsmere Borough Council · reference 9628777/01          Page 6 of 11
\u{0C}Enclosure 3: Financial statement

Pre-Action Protocol for Debt Claims

Fill this in if you need time to pay. It helps us agree payments you
can afford. Give amounts for your whole household, and say whether
each amount is weekly or monthly. Leave a line blank if it does not
apply.

  Reference: 9628777/01

Your household

  Number of adults in the household                  ______

  Number of children, and their ages                 ______________

  Number of vehicles                                 ______

  Housing: [ ] council tenant   [ ] leaseholder   [ ] shared owner
           [ ] private tenant   [ ] owner         [ ] other

Income

                                                     Amount     Period
  Wages or salary, after tax                         £________  ______

  Partner's wages or salary, after tax               £________  ______

  Universal Credit                                   £________  ______

  Housing Benefit                                    £________  ______

  Council Tax Reduction                              £________  ______

  Child Benefit                                      £________  ______

  Jobseeker's Allowance or Employment and
  Support Allowance                                  £________  ______

  Personal Independence Payment or Disability
  Living Allowance                                   £________  ______

  Carer's Allowance                                  £________  ______

  Pension Credit                                     £________  ______

  State pension                                      £________  ______

  Other pensions                                     £________  ______

  Maintenance or child support received              £________  ______

  Money from lodgers or other people in the home     £________  ______

  Any other income                                   £________  ______

  Total income                                       £________  ______

Home and contents

  Rent                                               £________  ______

  Mortgage                                           £________  ______

Kingsmere Borough Council · reference 9628777/01          Page 7 of 11
\u{0C}  Service charges and ground rent                    £________  ______

  Council Tax                                        £________  ______

  Buildings and contents insurance                   £________  ______

  TV licence                                         £________  ______

Utilities

  Gas                                                £________  ______

  Electricity                                        £________  ______

  Water                                              £________  ______

  Other fuel                                         £________  ______

Care and health

  Childcare                                          £________  ______

  Adult care                                         £________  ______

  Prescriptions and medical costs                    £________  ______

Transport and travel

  Public transport                                   £________  ______

  Car insurance, tax and MOT                         £________  ______

  Fuel, parking and repairs                          £________  ______

School costs

  School uniform, trips and meals                    £________  ______

Pensions and insurance

  Pension payments                                   £________  ______

  Life and other insurance                           £________  ______

Communications and leisure

  Phone, mobile and internet                         £________  ______

  TV and streaming packages                          £________  ______

  Hobbies, leisure and sport                         £________  ______

  Gifts and celebrations                             £________  ______

  Pocket money                                       £________  ______

Food and housekeeping

  Groceries and household items                      £________  ______

  Nappies and baby items                             £________  ______

  School meals and meals at work                     £________  ______


Kingsmere Borough Council · reference 9628777/01          Page 8 of 11
\u{0C}  Pet food and costs                                 £________  ______

Personal costs

  Clothing and footwear                              £________  ______

  Hairdressing and toiletries                        £________  ______

Savings

  Regular savings                                    £________  ______

  Total spending                                     £________  ______

Priority debts: arrears you are paying off

  Rent arrears                                       £________  ______

  Mortgage arrears                                   £________  ______

  Council Tax arrears                                £________  ______

  Gas or electricity arrears                         £________  ______

  Magistrates' court fines                           £________  ______

  Child maintenance arrears                          £________  ______

  Income tax, VAT or benefit overpayments            £________  ______

Other debts: amount you pay to each

  Credit and store cards                             £________  ______

  Loans and overdrafts                               £________  ______

  Catalogues and buy now, pay later                  £________  ______

  Money owed to friends or family                    £________  ______

  Other                                              £________  ______

  Total paid to debts                                £________  ______

Summary

  Total income                                       £________

  Less total spending and debt payments              £________

  Money left over                                    £________

  I offer to pay  £____________  every (week / month)
I believe the information in this statement is true.
  Signed  __________________________________   Date  _______________










Kingsmere Borough Council · reference 9628777/01          Page 9 of 11
\u{0C}Enclosure 4: Statement of account

Every charge and payment on account 9628777/01 in the 12 months to
7 January 2026, with the balance after each one. Payments and credits
are shown with a minus sign. Ask us if you would like the earlier
entries.

Date        Description                         Amount      Balance
7 Jan 2025  Balance brought forward                           £0.00
27 Jan 2025 Balance brought forward           -£177.93     -£177.93
1 Apr 2025  Service charge demand (estim…    £1,067.48      £889.55
17 Apr 2025 Internet payment                -£1,067.48     -£177.93
1 Sep 2025  Service charge actual adjust…      -£41.38     -£219.31
1 Sep 2025  Major works bill: roof renew…   £19,061.19   £18,841.88
1 Oct 2025  Service charge demand (estim…    £1,067.48   £19,909.36
17 Oct 2025 Internet payment                -£1,067.48   £18,841.88
            Balance now                                  £18,841.88
















































Kingsmere Borough Council · reference 9628777/01         Page 10 of 11
\u{0C}Enclosure 5: Paying by instalments

If you cannot pay £18,841.88 at once, we will consider a plan to pay
it by monthly instalments. The table shows how long some monthly
amounts would take to clear the debt, starting on 6 February 2026.

Paying each month    Number of payments    Last payment
£200                 95                    December 2033
£300                 63                    April 2031
£500                 38                    March 2029
£750                 26                    March 2028
£1,000               19                    August 2027

Offer an amount you can keep up as well as your other essential bills.
Fill in the financial statement so that we can see what you can
afford. We may ask for a larger amount if your statement shows you can
pay more, and we will usually expect the debt to be cleared within a
reasonable time.

Once we have agreed a plan, please pay by Direct Debit or standing
order so that payments are not missed.












































Kingsmere Borough Council · reference 9628777/01         Page 11 of 11
                                             Kingsmere Borough Council
                                                    Leasehold Services
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0200
                                    Email: leasehold@kingsmere.example


    Dr Bukola Oyelaran
    27 Chase Side
    Enfield
    EN2 6NB




Date: 12 December 2025
Our reference: 3085567/01
Payment reference: 4025038075

Dear Dr Oyelaran

Unpaid service charges for Flat B, 61 Well Street, London E9 7QE:
second letter

We wrote to you on 12 November 2025 about the service charges you owe.
The charges have still not been paid. You now owe £413.83.

Please pay this amount, or contact us to agree a payment plan, within
14 days of the date of this letter.

If you do not, we will send you a letter before legal action. That
letter starts the process of asking the court for a judgment for the
debt, and you could have to pay court fees and our legal costs as
well.

If you think the charges are wrong, please tell us now so that we can
check your account.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0200, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 4025038075 whenever you pay.

Contact us

Phone: 020 7946 0200
Email: leasehold@kingsmere.example

Or write to Leasehold Services, Kingsmere Town Hall, 1 Civic Square,
London E8 1ZZ.

Free, independent advice

You can get free and confidential advice about money and housing from:

• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Kingsmere Borough Council · reference 3085567/01           Page 1 of 3
\u{0C}Yours sincerely

Leasehold Services
Kingsmere Borough Council





























































Kingsmere Borough Council · reference 3085567/01           Page 2 of 3
\u{0C}Reply slip

Please fill in this slip and send it back to us within 14 days.

  Name  ________________________________________________________
  Payment reference: 4025038075

  [ ] I have paid the full amount on (date)  __________________

  [ ] I will pay the full amount by (date)  ___________________

  [ ] I would like to pay by instalments of  £__________
      every (week / month). Please phone me on  _______________

  [ ] I do not agree that I owe this amount, because:

      ____________________________________________________________

      ____________________________________________________________

  Signed  ______________________________   Date  _______________












































Kingsmere Borough Council · reference 3085567/01           Page 3 of 3
                                             Kingsmere Borough Council
                                                    Leasehold Services
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0200
                                    Email: leasehold@kingsmere.example


    Mrs Nazia Singh
    Flat 112
    Southwold House
    Rendlesham Road
    London
    E5 8HT


Date: 6 November 2025
Our reference: 0122604/01
Payment reference: 9321334402

Dear Mrs Singh

Your service charges for Flat 112, Southwold House, Rendlesham Road,
London E5 8HT

As the leaseholder, you pay service charges under your lease for the
upkeep, repair, cleaning and insurance of your building and estate.

Your service charge account is in arrears. You owe £238.11. Please pay
this amount within 14 days of the date of this letter.

If you cannot pay the whole amount now, contact us. We can agree a
plan for you to pay in instalments you can afford.

If you think the charges are wrong, or you have already paid, please
tell us so that we can check your account. If you have paid in the
last 7 days, thank you: you do not need to do anything else.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0200, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 9321334402 whenever you pay.

Contact us

Phone: 020 7946 0200
Email: leasehold@kingsmere.example

Or write to Leasehold Services, Kingsmere Town Hall, 1 Civic Square,
London E8 1ZZ.

Free, independent advice

You can get free and confidential advice about money and housing from:

• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111


Kingsmere Borough Council · reference 0122604/01           Page 1 of 2
\u{0C}Yours sincerely

Leasehold Services
Kingsmere Borough Council





























































Kingsmere Borough Council · reference 0122604/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                Income Collection Team
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0100
                                        Email: rents@kingsmere.example


    Mr Terence Ffrench
    Flat 138
    Redmond House
    Lordship Road
    London
    N16 0FU


Date: 9 January 2026
Our reference: 4937419/01
Payment reference: 9839852767

Dear Mr Ffrench

You have not kept to your agreement

On 5 August 2025 you agreed a plan with us to pay the arrears on your
account for Flat 138, Redmond House, Lordship Road, London N16 0FU.
You have not kept to it.

When we checked your account on 31 December 2025, you owed £412.64. If
you had kept to the plan, you would have owed £277.56.

Please pay £135.08 now

Pay the shortfall of £135.08 straight away, then keep making the
payments you agreed. Your arrears are now £547.72.

If you cannot pay the shortfall, contact us within 7 days of the date
of this letter. If you do not, we may end the agreement and take
further action about the arrears, which could include legal action.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0100, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 9839852767 whenever you pay.

Contact us

Phone: 020 7946 0100
Email: rents@kingsmere.example

Or write to Income Collection Team, Kingsmere Town Hall, 1 Civic
Square, London E8 1ZZ.

Free, independent advice

You can get free and confidential advice about money and housing from:





Kingsmere Borough Council · reference 4937419/01           Page 1 of 2
\u{0C}• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Yours sincerely

Income Collection Team
Kingsmere Borough Council
























































Kingsmere Borough Council · reference 4937419/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                    Leasehold Services
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0200
                                    Email: leasehold@kingsmere.example


    Mrs Ubah Ali
    101 Sorensen Court
    Mandeville Street
    London
    E5 0QN



Date: 5 December 2025
Our reference: 9628777/01
Payment reference: 7370716985

Dear Mrs Ali

Your major works charge is still unpaid

We wrote to you on 4 November 2025 about the charge for major works to
your building or estate at 101 Sorensen Court, Mandeville Street,
London E5 0QN. It has not been paid. You owe £18,841.88.

Please pay this amount, or contact us to agree a payment plan, within
14 days of the date of this letter.

If you do not, we will send you a letter before legal action. That
letter starts the process of asking the court for a judgment for the
debt. If we go to court, you may also have to pay court fees and our
legal costs.

We can still offer ways to spread the cost. Contact us to find out
which ones you can use.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0200, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 7370716985 whenever you pay.

Contact us

Phone: 020 7946 0200
Email: leasehold@kingsmere.example

Or write to Leasehold Services, Kingsmere Town Hall, 1 Civic Square,
London E8 1ZZ.

Free, independent advice

You can get free and confidential advice about money and housing from:

• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Kingsmere Borough Council · reference 9628777/01           Page 1 of 2
\u{0C}Yours sincerely

Leasehold Services
Kingsmere Borough Council





























































Kingsmere Borough Council · reference 9628777/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                    Leasehold Services
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0200
                                    Email: leasehold@kingsmere.example


    Mrs Ubah Ali
    101 Sorensen Court
    Mandeville Street
    London
    E5 0QN



Date: 5 November 2025
Our reference: 9628777/01
Payment reference: 7370716985

Dear Mrs Ali

Your major works charge for 101 Sorensen Court, Mandeville Street,
London E5 0QN is overdue

You owe £18,841.88 for major works to your building or estate. This is
your share of the cost, as set out in the final account we sent you.
Please pay within 14 days of the date of this letter.

Ways to spread the cost

We know a major works charge can be a large bill. We offer ways to pay
it over time, which may include interest-free instalments. Which ones
you can use depends on the amount and your circumstances. Contact us
to talk them through: we would rather agree a plan with you than take
further action.

If you have a question about the works or the charge, please ask us.
If you think the charge is wrong, tell us why.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0200, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 7370716985 whenever you pay.

Contact us

Phone: 020 7946 0200
Email: leasehold@kingsmere.example

Or write to Leasehold Services, Kingsmere Town Hall, 1 Civic Square,
London E8 1ZZ.

Free, independent advice

You can get free and confidential advice about money and housing from:





Kingsmere Borough Council · reference 9628777/01           Page 1 of 2
\u{0C}• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Yours sincerely

Leasehold Services
Kingsmere Borough Council
























































Kingsmere Borough Council · reference 9628777/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                Income Collection Team
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0100
                                        Email: rents@kingsmere.example


    Mr Seán Murphy
    Flat 6 Wendon House
    Gascoyne Estate
    Gascoyne Road
    London
    E9 7LR


Date: 13 November 2025
Our reference: 6048530/01
Payment reference: 7728741748

Dear Mr Murphy

We intend to ask the court for possession of your home

We have written to you and served a legal notice about the arrears on
your rent account for Flat 6 Wendon House, Gascoyne Estate, Gascoyne
Road, London E9 7LR. You still owe £952.79.

Unless you pay the arrears, or agree a plan with us to pay them,
within 14 days of the date of this letter, we will apply to the county
court for a possession order. We will also ask the court to order you
to pay the arrears and our legal costs.

A possession order could mean that you lose your home. Going to court
is a last resort for us, and it is not too late to stop it.

What you should do now

• pay the arrears in full, or
• phone us to agree a plan you can afford, based on your income and
  what you spend, and keep to it
• make sure your rent is paid every week or month as it falls due

If you have claimed Housing Benefit or Universal Credit and are
waiting for a decision, tell us now and send us a copy of your claim.
We will not go to court while a claim you have made properly is still
being decided.

If you are unwell, or something else makes it hard for you to deal
with this letter, please tell us: we can talk to someone you trust on
your behalf.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0100, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 7728741748 whenever you pay.





Kingsmere Borough Council · reference 6048530/01           Page 1 of 2
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












































Kingsmere Borough Council · reference 6048530/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                Income Collection Team
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0100
                                        Email: rents@kingsmere.example


    Mr Jun Chan
    158 Green Lanes
    London
    N4 1LF




Date: 12 February 2026
Our reference: 4443592/01
Payment reference: 7889235350

Dear Mr Chan

Your agreement to pay the arrears

Thank you for agreeing a plan with us on 11 February 2026 to pay the
arrears on your account for 158 Green Lanes, London N4 1LF. This
letter confirms what we agreed.

What you agreed to pay

• £90 every month towards the arrears, starting on 16 February 2026
• your rent of £756.34 every month, as well

So the total to pay every month is £846.34. Your arrears today are
£610.26.

Keep to the plan

Please make every payment in full and on time. We check agreements
regularly. If you miss a payment, we will write to you, and we may
take further action about the arrears.

If your circumstances change and you cannot keep to the plan, contact
us before you miss a payment. We can look at the plan again.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0100, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 7889235350 whenever you pay.

Contact us

Phone: 020 7946 0100
Email: rents@kingsmere.example

Or write to Income Collection Team, Kingsmere Town Hall, 1 Civic
Square, London E8 1ZZ.




Kingsmere Borough Council · reference 4443592/01           Page 1 of 2
\u{0C}Free, independent advice

You can get free and confidential advice about money and housing from:

• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Yours sincerely

Income Collection Team
Kingsmere Borough Council




















































Kingsmere Borough Council · reference 4443592/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                Income Collection Team
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0100
                                        Email: rents@kingsmere.example


    Mr Obinna Obi
    51 Rozel Court
    Downham Road
    London
    N1 5RL



Date: 10 September 2025
Our reference: 4813962/01
Payment reference: 6852198620

Dear Mr Obi

Your rent arrears: please act now

We wrote to you on 26 August 2025 about the arrears on your rent
account. Your rent account for 51 Rozel Court, Downham Road, London N1
5RL is still in arrears. You now owe £257.47.

Please pay this amount, or contact us to agree a plan to pay it,
within 7 days of the date of this letter.

Your rent is £111.58 a week. Your rent must be paid in full as well as
any amount you agree to pay towards the arrears.

What happens if you do not act

If you do not pay or contact us, we may serve a legal notice on you.
The notice is the first step towards asking the court for possession
of your home, and the court may also order you to pay our legal costs.
We would much rather agree a plan with you.

We can help

We can check your benefits, help with a Housing Benefit or Universal
Credit claim, and agree payments you can afford. If something has
changed, such as your income, your health or who lives with you,
please tell us.

How to pay

• online at www.kingsmere.example/pay
• by phone on 020 7946 0100, with a debit or credit card
• by Direct Debit or standing order: phone us and we will set it up

Quote your payment reference 6852198620 whenever you pay.

Contact us

Phone: 020 7946 0100
Email: rents@kingsmere.example

Or write to Income Collection Team, Kingsmere Town Hall, 1 Civic
Square, London E8 1ZZ.

Kingsmere Borough Council · reference 4813962/01           Page 1 of 2
\u{0C}Free, independent advice

You can get free and confidential advice about money and housing from:

• Citizens Advice: www.citizensadvice.org.uk or 0800 144 8848
• Shelter: england.shelter.org.uk or 0808 800 4444
• National Debtline: www.nationaldebtline.org or 0808 808 4000
• StepChange Debt Charity: www.stepchange.org or 0800 138 1111

Yours sincerely

Income Collection Team
Kingsmere Borough Council




















































Kingsmere Borough Council · reference 4813962/01           Page 2 of 2
                                             Kingsmere Borough Council
                                                Income Collection Team
                                                   Kingsmere Town Hall
                                                        1 Civic Square
                                                         London E8 1ZZ
                                                  Phone: 020 7946 0100
                                        Email: rents@kingsmere.example


    Mr Obinna Obi
    51 Rozel Court
    Downham Road
    London
    N1 5RL



Date: 12 December 2025
Our reference: 4813962/01
Payment reference: 6852198620

Dear Mr Obi

Your rent account is in arrears

Your rent account for 51 Rozel Court, Downham Road, London N1 5RL is
in arrears. You owe £191.01.

Your rent is £111.58 a week. Please keep paying your rent and pay the
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

Quote your payment reference 6852198620 whenever you pay.

What happens if you do not pay

If you do not pay or contact us, we may serve a legal notice on you.
That notice is the first step towards asking the court for possession
of your home. We do not want to do this.





Kingsmere Borough Council · reference 4813962/01           Page 1 of 2
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












































Kingsmere Borough Council · reference 4813962/01           Page 2 of 2

"""
}
