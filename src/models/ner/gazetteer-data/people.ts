/** Common given names from many languages, one per line (data only). */
export const FIRST_NAMES = `
Aaron Abdul Abdullah Abdel Abu Adam Adrian Ahmad Ahmed Ahmet Aisha Alan Albert Alberto Alejandro Alex Alexander
Alexandre Alexei Alfred Ali Alice Alicia Alison Amanda Amir Amy Ana Anatoly Anders Andre Andrea Andreas Andrei Andrew
Andres Andrzej Angela Angelo Ann Anna Anne Anthony Antoine Anton Antonio Arnold Arthur Ashley Aziz Barbara Barry
Bashar Ben Benjamin Benny Bernard Bill Billy Bob Bogdan Boris Brad Brandon Brenda Brian Bruce Bruno Carl Carla Carlo
Carlos Carol Caroline Catherine Cesar Charles Charlie Chris Christian Christina Christine Christopher Claire Claude
Claudia Colin Craig Cristina Cynthia Dan Daniel Daniela Danny Dave David Deborah Dennis Derek Diana Diane Didier
Diego Dieter Dimitri Dmitry Dominic Donald Doug Douglas Dylan Ed Eddie Edward Elena Elizabeth Ellen Emily Emma
Emmanuel Enrique Eric Erik Ernesto Eugene Eva Evgeny Fabio Faisal Farid Fatima Felipe Felix Fernando Francesco
Francis Francisco Franco Frank Franz Fred Frederick Friedrich Gabriel Gary George Georg Gerald Gerard Gerhard Gianni
Gilbert Giorgio Giovanni Giuseppe Glenn Gordon Graham Greg Gregory Guido Gunter Gustavo Hamid Hans Harold Harry
Hassan Heinz Helen Helmut Henri Henrik Henry Herbert Hussein Ian Ibrahim Igor Ilya Imran Irina Isaac Ismail Ivan
Jack Jacob Jacques James Jamie Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica Jim
Jimmy Joan Joe Johan Johann Johannes John Johnny Jon Jonathan Jorge Jose Josef Joseph Juan Judith Julia Julian Julie
Jurgen Justin Kamal Karen Karim Karl Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Khalid Kim Klaus Kurt Larry
Laura Laurent Lee Leon Leonid Lisa Louis Luc Luca Lucas Luigi Luis Luke Magnus Mahmoud Malcolm Marco Marcus Margaret
Maria Mario Mark Marco Martin Mary Massimo Matt Matthew Maurice Max Mehmet Michael Michel Michele Miguel Mike Mikhail
Mohamed Mohammad Mohammed Muhammad Mustafa Nancy Nasser Natalia Nathan Neil Nicholas Nick Nicola Nicolas Nikolai Nina
Noah Norman Olga Oliver Omar Oscar Osman Otto Pablo Pamela Paolo Patricia Patrick Paul Paula Pedro Pete Peter Philip
Philippe Pierre Pietro Rachel Rafael Rahman Rainer Ralph Ramon Randy Rashid Raul Ray Raymond Recep Rebecca Reza
Ricardo Richard Rick Robert Roberto Robin Roger Roland Ron Ronald Rose Roy Ruth Ryan Said Salah Salim Sam Samir
Samuel Sandra Sara Sarah Scott Sean Serge Sergei Sergey Sergio Shaun Sharon Simon Sophie Stefan Stefano Stephen
Steve Steven Stuart Susan Sven Tariq Ted Terry Thomas Tim Timothy Todd Tom Tommy Tony Ulrich Uwe Valentin Valery
Vasily Victor Viktor Vincent Vitaly Vladimir Walter Wayne Werner William Wolfgang Yasser Yossi Youssef Yuri Yusuf
Zoran Zbigniew Benazir Nawaz Recep Tayyip Ibrahim Hakan Kemal Ahmet Binali Abdulhamit Erdal Mevlut Hulusi Fidan
Benjamin Ehud Yitzhak Shimon Ariel Avigdor Naftali Yair Moshe Mahmoud Ismail Khaled Yahya Marwan Saeb Nabil Hosni
Anwar Gamal Abdel Fattah Hafez Rafik Saad Nouri Jalal Massoud Hamid Ashraf Imran Narendra Rahul Sonia Manmohan Atal
Xi Li Wang Zhang Liu Chen Yang Zhao Hu Jiang Deng Mao Shinzo Yoshihide Fumio Junichiro Moon Park Kim Rodrigo Joko
Jair Luiz Inacio Cristina Nestor Mauricio Javier Evo Hugo Nicolas Fidel Raul Emmanuel Nicolas Jacques Francois
Angela Olaf Gerhard Helmut Theresa Boris Tony Gordon Keir Rishi Liz Silvio Matteo Giorgia Romano Pedro Mariano
Jose Luis Viktor Andrzej Lech Vaclav Volodymyr Petro Leonid Alexander Nursultan Ilham Serzh Nikol Eduard Mikheil
Joe Kamala Barack Hillary Bernie Mitt Newt Ted Marco Nancy Mitch Chuck Rudy Dick Condoleezza Colin Madeleine
Warren Elon Jeff Larry Sergey Mark Tim Satya Sundar Rupert Carlos Nelson Thabo Jacob Cyril Robert Emmerson Uhuru
William Yoweri Paul Abiy Muammar Omar Hosni Zine Abdelaziz Bouteflika Kais Haile Kofi Ban Antonio Boutros Javier
`;

/** Titles and honorifics that stand before a person's name, one per line (data only). */
export const TITLES = `
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Sen Sen. Rep Rep. Gov Gov. Gen Gen. Col Col.
Capt Capt. Lt Lt. Sgt Sgt. Maj Maj. Adm Adm. Cmdr St Judge Justice President Vice Premier Prime Minister Chancellor
King Queen Prince Princess Emperor Sultan Sheikh Emir Pope Cardinal Bishop Archbishop Rabbi Imam Ayatollah Father
Sister Brother Chairman Chairwoman Chief Secretary Senator Governor Mayor Ambassador Envoy Spokesman Spokeswoman
Minister Director Commander General Colonel Captain Lieutenant Sergeant Admiral Coach Manager Striker Midfielder
Defender Goalkeeper Inspector Detective Officer Dr Professor Leader
`;
