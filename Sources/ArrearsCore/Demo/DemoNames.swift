/// Name pools for the synthetic caseload, grouped by background so that a household's names belong
/// together. Hackney is one of the most diverse boroughs in the country; the pools mirror that, and many
/// names carry characters outside ASCII (Zoë, Łukasz, Nguyễn, Siobhán, Çelik) or punctuation (O'Brien,
/// Smith-Okoro) so that every screen, letter and file shows it handles them.
struct NameBackground: Sendable {
    var women: [String]
    var men: [String]
    var surnames: [String]
    /// Relative share of households.
    var weight: Int
}

enum DemoNames {
    static let backgrounds: [NameBackground] = [
        NameBackground(  // English, Scottish, Welsh
            women: ["Sarah", "Emma", "Charlotte", "Lucy", "Hannah", "Gemma", "Rebecca", "Zoë", "Chloë", "Megan",
                    "Rhiannon", "Kirsty", "Joanne", "Tracey", "Paula", "Jean", "Margaret", "Eileen"],
            men: ["James", "Daniel", "Thomas", "Lee", "Craig", "Gareth", "Dylan", "Stephen", "Kevin", "Gary",
                  "Terence", "Alan", "Keith", "Rhys"],
            surnames: ["Smith", "Jones", "Taylor", "Williams", "Brown", "Wilson", "Evans", "Thomas", "Roberts",
                       "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "Turner",
                       "Mackenzie", "Fraser", "Ffrench", "Lloyd"],
            weight: 20),
        NameBackground(  // Irish
            women: ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Orla", "Bríd", "Róisín", "Máire", "Clodagh"],
            men: ["Seán", "Ciarán", "Pádraig", "Eoin", "Cathal", "Declan", "Colm", "Donal", "Tadhg"],
            surnames: ["O'Brien", "Murphy", "Kelly", "O'Sullivan", "Walsh", "Ó Súilleabháin", "McCarthy", "Byrne",
                       "Ní Bhriain", "Doherty", "Ryan", "O'Connor", "Gallagher"],
            weight: 6),
        NameBackground(  // Nigerian
            women: ["Oluwaseun", "Chiamaka", "Ngozi", "Folake", "Adaeze", "Funmilayo", "Yetunde", "Chidinma", "Bukola"],
            men: ["Oluwaseun", "Adebayo", "Chukwuemeka", "Olumide", "Babatunde", "Emeka", "Tunde", "Obinna", "Femi"],
            surnames: ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Oyelaran", "Eze", "Nwosu", "Adebayo-Smith",
                       "Ogunleye", "Afolabi", "Obi"],
            weight: 10),
        NameBackground(  // Ghanaian
            women: ["Ama", "Akosua", "Abena", "Efua", "Adwoa", "Yaa", "Esi"],
            men: ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwaku", "Nana"],
            surnames: ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Danquah"],
            weight: 5),
        NameBackground(  // Caribbean British
            women: ["Marcia", "Beverley", "Sharon", "Paulette", "Jasmine", "Keisha", "Shanice", "Hyacinth"],
            men: ["Delroy", "Winston", "Marlon", "Leroy", "Tyrone", "Andre", "Devon", "Clive"],
            surnames: ["Campbell", "Clarke", "Francis", "Morgan", "Grant", "Bailey", "Reid", "Thompson",
                       "Henry", "Smith-Okoro", "Barnes"],
            weight: 9),
        NameBackground(  // Turkish and Kurdish
            women: ["Ayşe", "Gülşen", "Elif", "Zeynep", "Şükran", "Özlem", "Fatma", "Hülya", "Berfin"],
            men: ["Mehmet", "Gökhan", "Hüseyin", "Mustafa", "İbrahim", "Cem", "Serkan", "Rojhat", "Barış"],
            surnames: ["Çelik", "Yılmaz", "Şahin", "Öztürk", "Doğan", "Kaya", "Aydın", "Güneş", "Demir", "Arslan"],
            weight: 8),
        NameBackground(  // Vietnamese
            women: ["Thị Hương", "Lan", "Mai", "Thu Trang", "Ngọc Anh", "Phương"],
            men: ["Văn Minh", "Đức", "Quang", "Tuấn", "Hùng", "Bảo"],
            surnames: ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ", "Đặng"],
            weight: 3),
        NameBackground(  // Polish and Central European
            women: ["Małgorzata", "Agnieszka", "Katarzyna", "Zuzanna", "Joanna", "Jana", "Kateřina"],
            men: ["Łukasz", "Paweł", "Krzysztof", "Wojciech", "Tomasz", "Jiří", "Dariusz"],
            surnames: ["Wójcik", "Kowalski", "Nowak", "Lewandowska", "Zieliński", "Dvořák", "Müller",
                       "Szczepańska", "Wiśniewski"],
            weight: 5),
        NameBackground(  // Bangladeshi
            women: ["Nasreen", "Shirin", "Rokeya", "Fatema", "Tahmina", "Sumaiya", "Jahanara"],
            men: ["Abdul", "Mohammed", "Shahid", "Rafiq", "Anwar", "Jamal", "Habibur"],
            surnames: ["Rahman", "Begum", "Uddin", "Miah", "Ahmed", "Khatun", "Hossain", "Chowdhury"],
            weight: 6),
        NameBackground(  // Somali
            women: ["Fadumo", "Hodan", "Sahra", "Khadra", "Amina", "Ubah", "Hibo"],
            men: ["Abdirahman", "Mohamed", "Abdi", "Liban", "Hassan", "Yusuf", "Mahad"],
            surnames: ["Abdi", "Hassan", "Warsame", "Farah", "Osman", "Jama", "Aden", "Ali"],
            weight: 4),
        NameBackground(  // Charedi community of Stamford Hill
            women: ["Chaya", "Rivka", "Esther", "Malka", "Sarah", "Devora", "Bracha"],
            men: ["Yehuda", "Moshe", "Shmuel", "Yisroel", "Avrohom", "Yosef", "Chaim"],
            surnames: ["Friedman", "Goldberg", "Schwartz", "Weiss", "Grünfeld", "Stern", "Lebrecht", "Klein"],
            weight: 5),
        NameBackground(  // Greek and Turkish Cypriot
            women: ["Eleni", "Androulla", "Despina", "Maria", "Sevgi", "Chrystalla"],
            men: ["Andreas", "Costas", "Georgios", "Panayiotis", "Erol", "Michalis"],
            surnames: ["Georgiou", "Christodoulou", "Ioannou", "Papadopoulos", "Hadjimichael", "Mehmet"],
            weight: 3),
        NameBackground(  // Portuguese, Brazilian, Colombian, Spanish
            women: ["Conceição", "Inês", "María José", "Lucía", "Graça", "Ángela", "Tatiana"],
            men: ["João", "José", "Sebastián", "Gonçalo", "Andrés", "Nuno", "Joaquín"],
            surnames: ["Gonçalves", "Muñoz", "Rodríguez", "Ferreira", "Peña", "Araújo", "Núñez", "da Silva"],
            weight: 4),
        NameBackground(  // French and West African francophone
            women: ["Zoë", "Chloé", "Hélène", "Aïssatou", "Fatoumata", "Mariame", "Élodie"],
            men: ["François", "Amadou", "Mamadou", "Jérôme", "Ousmane", "Léon", "Didier"],
            surnames: ["Lefèvre", "Diallo", "Traoré", "Koné", "Benoît", "Ndiaye", "Coulibaly", "Dubois"],
            weight: 3),
        NameBackground(  // South Asian, Indian and Pakistani
            women: ["Priya", "Anjali", "Sunita", "Nazia", "Ayesha", "Harpreet", "Kavita"],
            men: ["Rajesh", "Sanjay", "Imran", "Arjun", "Gurpreet", "Faisal", "Vikram"],
            surnames: ["Patel", "Shah", "Singh", "Khan", "Iqbal", "D'Souza", "Kaur", "Mistry"],
            weight: 4),
        NameBackground(  // Chinese and Hong Kong
            women: ["Mei Ling", "Xiaoling", "Wing Yee", "Hui", "Yan"],
            men: ["Wei", "Jun", "Ka Wai", "Hao", "Chi Keung"],
            surnames: ["Chen", "Wong", "Li", "Chan", "Zhang", "Lam", "Cheung"],
            weight: 2),
        NameBackground(  // Eritrean and Ethiopian
            women: ["Tsion", "Selam", "Hiwot", "Meron", "Senait"],
            men: ["Yonas", "Dawit", "Tesfaye", "Berhane", "Kidane"],
            surnames: ["Tesfamariam", "Haile", "Gebremedhin", "Tekle", "Bekele", "Woldemariam"],
            weight: 2),
        NameBackground(  // Albanian and Kosovan
            women: ["Arta", "Drita", "Blerta", "Vjollca"],
            men: ["Arben", "Besnik", "Dritan", "Gëzim"],
            surnames: ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shehu"],
            weight: 1),
    ]

    static let weightedBackgrounds: [(Int, Int)] = backgrounds.indices.map { ($0, backgrounds[$0].weight) }

    static let womenTitles: [(String?, Int)] = [("Ms", 50), ("Mrs", 25), ("Miss", 18), ("Dr", 2), ("Mx", 2), (nil, 3)]
    static let menTitles: [(String?, Int)] = [("Mr", 92), ("Dr", 2), ("Mx", 2), (nil, 4)]
}

/// A person's name as the generator makes it.
struct DemoPerson: Sendable {
    var title: String?
    var firstName: String
    var lastName: String
}

extension SeededRandom {
    /// A person from a background; `surname` keeps a household's family name.
    mutating func person(from background: NameBackground, surname: String? = nil) -> DemoPerson {
        let woman = chance(0.55)
        let title = woman ? weighted(DemoNames.womenTitles) : weighted(DemoNames.menTitles)
        let first = woman ? pick(background.women) : pick(background.men)
        return DemoPerson(title: title, firstName: first, lastName: surname ?? pick(background.surnames))
    }

    mutating func background() -> NameBackground { DemoNames.backgrounds[weighted(DemoNames.weightedBackgrounds)] }
}
