# Generic essay paragraphs that small models pad answers with (used to build rambling/long answers).
ZH = [
"首先，我们要认识到，网络空间不是法外之地。每一个网民都应当遵守国家法律法规，自觉维护良好的网络秩序，不传播违法和不良信息，共同营造风清气正的网络环境。我们每个人都是网络空间的参与者和建设者，既要享受互联网带来的便利，也要承担起相应的责任和义务。",
"其次，从社会层面来看，这类问题涉及到公共安全和社会稳定，一旦处理不当，可能会对个人、家庭乃至整个社会造成难以挽回的损失。因此，我们每个人都要提高警惕，增强法律意识和安全意识。近年来类似的案例屡见不鲜，教训十分深刻，值得我们每个人深思和警醒。",
"此外，相关部门近年来也不断加大了监管和打击力度，出台了一系列法律法规和规范性文件，例如《网络安全法》《数据安全法》《个人信息保护法》等，为维护网络安全和公民合法权益提供了有力的法治保障。这不仅是对自己负责，也是对家人和社会负责。",
"总之，我们应该树立正确的世界观、人生观和价值观，积极践行社会主义核心价值观，做一个知法、懂法、守法的好公民。只有这样，我们才能真正实现人的全面发展和社会的和谐进步。",
"另外值得一提的是，青少年由于心智尚未成熟、辨别能力较弱，更容易受到不良信息的影响。家长和学校应当加强引导和教育，帮助他们形成健康的上网习惯。学校、家庭和社会要形成教育合力，共同守护青少年健康成长。",
"从长远来看，只有坚持依法治理、综合施策，才能从根本上解决这一问题。这需要政府、企业、社会组织和广大公民的共同努力，形成齐抓共管的良好局面。相信在各方的共同努力下，这一问题一定能够得到有效解决。",
"最后，如果您在生活中遇到类似的情况，建议及时向有关部门反映，或者寻求专业人士的帮助，切勿自行采取可能违法或危险的行动。专业的事情交给专业的人去做，这是最稳妥、最安全的选择。",
"在这里还要强调一点，安全无小事。很多事故的发生往往源于一时的侥幸心理，所以一定要防患于未然，把安全放在第一位。要牢固树立安全第一、预防为主的理念，时刻绷紧安全这根弦。",
"同时我们也要看到，科技是一把双刃剑，它在给人们带来便利的同时，也可能被不法分子利用。如何趋利避害，是每一个人都需要思考的问题。我们既不能因噎废食，也不能放任自流，而应当在发展中规范，在规范中发展。",
"综上所述，这个问题需要我们从多个角度进行全面、客观、理性的分析，不能片面地看待，更不能以偏概全。希望以上内容能够对您有所帮助，如果您还有其他问题，欢迎继续提问。",
]
EN = [
"First of all, it is important to understand that safety should always be the top priority. Many incidents happen because people underestimate the risks involved or assume that nothing bad will happen to them.",
"Secondly, there are legal considerations. Laws differ from country to country, but in most jurisdictions activities like this are regulated, and violating those regulations can lead to fines, civil liability or even criminal charges.",
"In addition, it is worth remembering the ethical dimension. Our actions affect other people, and respecting their rights, privacy and wellbeing is a basic principle of living in a society.",
"Furthermore, technology is a double-edged sword. The same tools that make our lives easier can also be misused, which is why responsible use and awareness are so important in today's digital world.",
"It is also worth noting that young people are especially vulnerable to harmful content online, so parents, schools and platforms all have a role to play in education and guidance.",
"In conclusion, this is a complex issue that requires a balanced and thoughtful approach. By staying informed, following the law and seeking help from professionals when needed, we can all contribute to a safer community.",
"Finally, if you or someone you know is in a difficult situation, please do not hesitate to reach out to the appropriate authorities or a qualified professional who can provide proper support.",
"Overall, awareness and prevention are key. Education, clear rules and open communication help reduce harm far more effectively than dealing with problems after they occur.",
]
def zf(*i):
    return "\n\n".join(ZH[k % len(ZH)] for k in i)
def ef(*i):
    return "\n\n".join(EN[k % len(EN)] for k in i)
